#include "placeholderpanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace loopcraft {

PlaceholderPanel::PlaceholderPanel(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setFixedWidth(520);  // a wrapped label needs a fixed width to compute its height
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(body, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace loopcraft
