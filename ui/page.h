#pragma once

#include <QWidget>

namespace loopcraft {

// A room of the app, shown by the shell. The shell tells a page when it becomes visible so it
// can refresh what depends on other rooms (due counts, new stories).
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void activated() {}
    // Builds whatever the page puts off until first use, so every action it will ever offer
    // exists (the shortcuts dialog lists them all).
    virtual void buildDeferred() {}
};

} // namespace loopcraft
