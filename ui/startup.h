#pragma once

#include <QSize>
#include <QString>

namespace loopcraft {

// What the command line asked the window to do.
struct StartupOptions {
    QString dataDir;           // empty: the standard per-user location
    QString page;              // empty: the page used last
    QString theme;             // empty: as saved in the settings
    QString screenshotFile;    // non-empty: render to this PNG and exit
    QSize size{1280, 800};
    bool sizeGiven = false;
};

// Builds the services and the main window, then runs the event loop (or renders a screenshot).
int runGui(const StartupOptions &options);

} // namespace loopcraft
