#pragma once

class QLabel;
class QString;
class QWidget;

namespace loopcraft {

// A demi-bold label scaled from the default font: the headings of the Practice views.
QLabel *makeHeading(const QString &text, double scale, QWidget *parent, bool wordWrap = true);

} // namespace loopcraft
