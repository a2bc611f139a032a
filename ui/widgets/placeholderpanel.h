#pragma once

#include <QWidget>

namespace loopcraft {

// A calm, centred title and one sentence: used where a page has nothing to show yet.
class PlaceholderPanel : public QWidget {
    Q_OBJECT
public:
    PlaceholderPanel(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace loopcraft
