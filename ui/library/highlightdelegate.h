#pragma once

#include <QColor>
#include <QPalette>
#include <QStyledItemDelegate>

namespace loopcraft {

// Paints a list cell with the matched words of a search marked (QuestionTableModel's
// HighlightRole), elided like any other cell.
class HighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // The marker colour for matches, legible in light and dark palettes.
    static QColor highlightColor(const QPalette &palette);
};

} // namespace loopcraft
