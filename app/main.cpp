// Loopcraft's entry point: parse the command line, then hand over to the ui layer.
#include "concepts/conceptrender.h"
#include "navigator.h"
#include "startup.h"
#include "startuptrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>
#include <QTranslator>

using namespace loopcraft;

namespace {

int usageError(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    startuptrace::markMainEntered();
    // `loopcraft render ...` draws charts headless: no display needed unless one was asked for.
    const bool render = argc > 1 && qstrcmp(argv[1], "render") == 0;
    if (render && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Loopcraft"));
    QApplication::setOrganizationName(QStringLiteral("Loopcraft"));
    QApplication::setApplicationVersion(QStringLiteral(LOOPCRAFT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.loopcraft.Loopcraft"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("loopcraft"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);
    startuptrace::mark("application");
    if (render)
        return runConceptRender(QApplication::arguments());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A study desk for machine-learning interviews."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep all user data (and settings) in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate("main", "Open on <page>: library, practice, concepts or stories."), QStringLiteral("page"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the opened page to a PNG <file> and exit."), QStringLiteral("file"));
    const QCommandLineOption size(QStringLiteral("size"),
        QApplication::translate("main", "Window size for --screenshot, as WxH (default 1280x800)."), QStringLiteral("WxH"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QApplication::translate("main", "Palette: system, light or dark."), QStringLiteral("theme"));
    parser.addOptions({dataDir, page, screenshot, size, theme});
    parser.process(app);

    StartupOptions options;
    options.dataDir = parser.value(dataDir);
    options.screenshotFile = parser.value(screenshot);
    if (parser.isSet(page)) {
        options.page = parser.value(page).toLower();
        if (!Navigator::pageIds().contains(options.page))
            return usageError(QApplication::translate("main", "Unknown page \"%1\"; expected one of: %2.")
                                  .arg(parser.value(page), Navigator::pageIds().join(QStringLiteral(", "))));
    }
    if (parser.isSet(theme)) {
        options.theme = parser.value(theme).toLower();
        if (!QStringList{QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")}.contains(options.theme))
            return usageError(QApplication::translate("main", "Unknown theme \"%1\"; expected system, light or dark.")
                                  .arg(parser.value(theme)));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const auto match = pattern.match(parser.value(size));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 320 || height < 240 || width > 7680 || height > 4320)
            return usageError(QApplication::translate("main", "Invalid --size \"%1\"; expected WxH between 320x240 and 7680x4320, e.g. 1280x800.")
                                  .arg(parser.value(size)));
        options.size = QSize(width, height);
        options.sizeGiven = true;
    }
    return runGui(options);
}
