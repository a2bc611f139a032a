#pragma once

#include <QStyledItemDelegate>

namespace loopcraft {

// Draws a story in the list as its title over a dimmer line of principles, both elided.
class StoryListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace loopcraft
