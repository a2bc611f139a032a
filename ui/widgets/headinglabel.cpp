#include "headinglabel.h"

#include <QLabel>

namespace loopcraft {

QLabel *makeHeading(const QString &text, double scale, QWidget *parent, bool wordWrap)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setWordWrap(wordWrap);
    return label;
}

} // namespace loopcraft
