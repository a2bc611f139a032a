#include "highlightdelegate.h"

#include "questiontablemodel.h"

#include <QApplication>
#include <QPainter>
#include <QPoint>
#include <QTextLayout>

namespace loopcraft {

QColor HighlightDelegate::highlightColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(150, 112, 0) : QColor(255, 221, 110);
}

void HighlightDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    const QVariantList ranges = index.data(QuestionTableModel::HighlightRole).toList();
    if (ranges.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The same inner margin the style uses for plain cells, so marked and unmarked rows align.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const QString shown = opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width());
    // An elided text keeps its start, so ranges stay valid up to the ellipsis.
    const int visible = shown == text ? int(text.size()) : int(shown.size()) - 1;
    QList<QTextLayout::FormatRange> formats;
    QTextCharFormat marked;
    marked.setBackground(highlightColor(opt.palette));
    const bool selected = opt.state & QStyle::State_Selected;
    marked.setForeground(opt.palette.color(QPalette::Text));
    marked.setFontWeight(QFont::DemiBold);
    for (const QVariant &r : ranges) {
        const QPoint range = r.toPoint();
        const int start = range.x();
        const int length = std::min(range.y(), visible - start);
        if (start < visible && length > 0)
            formats.append({start, length, marked});
    }
    QTextLayout layout(shown, opt.font);
    layout.setCacheEnabled(true);
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width() + 100); // elided already; never wrap
    layout.endLayout();
    painter->save();
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setClipRect(textRect);
    const qreal y = textRect.top() + (textRect.height() - line.height()) / 2.0;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
}

} // namespace loopcraft
