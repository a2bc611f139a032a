#include "storylistdelegate.h"

#include "storylistmodel.h"

#include <QApplication>
#include <QPainter>

namespace loopcraft {

namespace {
constexpr int kPadding = 6;
}

void StoryListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.68f);

    const QRect area = option.rect.adjusted(kPadding, kPadding / 2, -kPadding, -kPadding / 2);
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    const QFontMetrics titleMetrics(titleFont);
    QFont lineFont = option.font;
    lineFont.setPointSizeF(lineFont.pointSizeF() * 0.9);
    const QFontMetrics lineMetrics(lineFont);

    painter->save();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(StoryListModel::TitleRole).toString(),
                                              Qt::ElideRight, area.width()));
    painter->setFont(lineFont);
    painter->setPen(dim);
    const QRect lineRect(area.left(), titleRect.bottom() + 1, area.width(), lineMetrics.height());
    painter->drawText(lineRect, Qt::AlignLeft | Qt::AlignVCenter,
                      lineMetrics.elidedText(index.data(StoryListModel::SubtitleRole).toString(),
                                             Qt::ElideRight, area.width()));
    painter->restore();
}

QSize StoryListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::DemiBold);
    QFont lineFont = option.font;
    lineFont.setPointSizeF(lineFont.pointSizeF() * 0.9);
    return {option.rect.width(),
            QFontMetrics(titleFont).height() + QFontMetrics(lineFont).height() + kPadding + 1};
}

} // namespace loopcraft
