#include "startup.h"

#include "mainwindow.h"
#include "services.h"
#include "startuptrace.h"
#include "theme.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QSettings>
#include <QTimer>
#include <QTextStream>
#include <memory>

namespace loopcraft {

namespace {

// Layouts, zero-delay timers and chart geometry arrive as posted events; a few passes flush
// them (a fixed sleep here would be added to every screenshot's start-up time).
void settle()
{
    for (int pass = 0; pass < 6; ++pass) {
        QApplication::sendPostedEvents();
        QApplication::processEvents(QEventLoop::AllEvents);
    }
}

// Marks the end of the window's first frame: the first paint event starts it, and a zero-delay
// timer fires once the repaint that delivered it has finished.
class FirstPaintProbe : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            startuptrace::mark("paint-begin");
            QTimer::singleShot(0, this, [] { startuptrace::mark("first-paint"); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int runGui(const StartupOptions &options)
{
    const bool explicitData = !options.dataDir.isEmpty();
    Services services(explicitData ? DataDirectory(options.dataDir) : DataDirectory());
    services.load();
    startuptrace::mark("services");

    // A data folder given on the command line carries its own settings: portable, and tests
    // never touch the user's real ones.
    std::unique_ptr<QSettings> settings = explicitData
        ? std::make_unique<QSettings>(services.data.settingsFile(), QSettings::IniFormat)
        : std::make_unique<QSettings>();

    const QString themeId = options.theme.isEmpty()
        ? settings->value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString()
        : options.theme;
    Theme::apply(Theme::modeFromId(themeId));

    MainWindow window(services, *settings, options.page);
    startuptrace::mark("shell");
    if (!options.theme.isEmpty())
        window.setThemeMode(Theme::modeFromId(options.theme));
    if (options.sizeGiven || !options.screenshotFile.isEmpty())
        window.resize(options.size);
    startuptrace::mark("window");
    if (startuptrace::enabled())
        window.installEventFilter(new FirstPaintProbe(&window));

    if (!options.screenshotFile.isEmpty()) {
        window.setAttribute(Qt::WA_DontShowOnScreen, QApplication::platformName() != QLatin1String("offscreen"));
        window.show();
        settle();
        startuptrace::mark("settled");
        const QImage image = window.grab().toImage();
        if (image.isNull() || !image.save(options.screenshotFile, "PNG")) {
            QTextStream(stderr) << QApplication::translate("Startup", "Could not write the screenshot %1.")
                                       .arg(QDir::toNativeSeparators(options.screenshotFile))
                                << Qt::endl;
            return 1;
        }
        startuptrace::mark("screenshot");
        return 0;
    }

    window.show();
    const QStringList messages = services.startupMessages;
    QTimer::singleShot(0, &window, [&window, messages] { window.showStartupMessages(messages); });
    return QApplication::exec();
}

} // namespace loopcraft
