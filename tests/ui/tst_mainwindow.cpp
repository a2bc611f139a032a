#include "mainwindow.h"
#include "navigator.h"
#include "services.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSet>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace loopcraft;

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shortcutsVisitEveryPage()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        services.load();
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(services, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList pages = Navigator::pageIds();
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->count(), pages.size());
        for (int i = pages.size() - 1; i >= 0; --i) {
            QTest::keyClick(&window, static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(window.currentPageId(), pages[i]);
            QVERIFY(stack->currentWidget()->isVisible());
        }
    }

    void navigatorLinksSwitchPages()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(services, settings);
        window.navigator()->openConcept(QStringLiteral("overfitting"), {{QStringLiteral("degree"), 15}});
        QCOMPARE(window.currentPageId(), QStringLiteral("concepts"));
        window.navigator()->openPrinciple(QStringLiteral("ownership"));
        QCOMPARE(window.currentPageId(), QStringLiteral("stories"));
        window.navigator()->openQuestion(QStringLiteral("fundamentals.overfitting"));
        QCOMPARE(window.currentPageId(), QStringLiteral("library"));
    }

    void restoresLastPageAndTheme()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow window(services, settings);
            window.show();
            window.showPage(QStringLiteral("stories"));
            window.setThemeMode(Theme::Mode::Dark);
            QVERIFY(Theme::isDark());
            window.close();
        }
        MainWindow again(services, settings);
        QCOMPARE(again.currentPageId(), QStringLiteral("stories"));
        QCOMPARE(settings.value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        again.setThemeMode(Theme::Mode::Light);
        QVERIFY(!Theme::isDark());
    }

    void opensOnTheRequestedPageOnly_data()
    {
        QTest::addColumn<QString>("lastPage");
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("expected");
        QTest::newRow("request wins over the last page") << "library" << "concepts" << "concepts";
        QTest::newRow("no request: the last page") << "stories" << "" << "stories";
        QTest::newRow("unknown request: the last page") << "practice" << "nowhere" << "practice";
        QTest::newRow("nothing saved: the first page") << "" << "" << "library";
    }

    // Regression: --page used to build the restored page first and then the requested one,
    // paying for two pages at start-up.
    void opensOnTheRequestedPageOnly()
    {
        QFETCH(QString, lastPage);
        QFETCH(QString, requested);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        if (!lastPage.isEmpty())
            settings.setValue(QStringLiteral("window/page"), lastPage);
        MainWindow window(services, settings, requested);
        QCOMPARE(window.currentPageId(), expected);
        QStringList built;
        for (const QString &page : Navigator::pageIds())
            if (window.findChild<QWidget *>(page + QStringLiteral("Page")))
                built << page;
        QCOMPARE(built, QStringList{expected});
    }

    // Regression: pages build some views on first use (Concepts' charts); the dialog must still
    // list their shortcuts, e.g. Ctrl+M on the gradient-descent view, never opened here.
    void shortcutsDialogListsDeferredActions()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(services, settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList listed;
        QTimer::singleShot(0, &window, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            QVERIFY(dialog);
            auto *table = dialog->findChild<QTableWidget *>();
            QVERIFY(table);
            for (int row = 0; row < table->rowCount(); ++row)
                listed << table->item(row, 1)->text() + QLatin1Char(' ') + table->item(row, 0)->text();
            dialog->close();
        });
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        const QString all = listed.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Ctrl+M Compare optimizers")), qPrintable(all)); // a deferred view
        QVERIFY2(all.contains(QStringLiteral("Ctrl+Return ")), qPrintable(all));  // Stories, Rehearse
    }

    void screenshotWritesAPicture_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("theme");
        for (const QString &page : Navigator::pageIds()) {
            QTest::newRow(qPrintable(page + QStringLiteral("-light"))) << page << "light";
            QTest::newRow(qPrintable(page + QStringLiteral("-dark"))) << page << "dark";
        }
    }

    void screenshotWritesAPicture()
    {
        QFETCH(QString, page);
        QFETCH(QString, theme);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(LOOPCRAFT_BINARY),
                  {QStringLiteral("--data-dir"), dir.filePath(QStringLiteral("data")), QStringLiteral("--page"), page,
                   QStringLiteral("--theme"), theme, QStringLiteral("--size"), QStringLiteral("1024x700"),
                   QStringLiteral("--screenshot"), png});
        QVERIFY(app.waitForFinished(60000));
        QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());

        const QImage image(png);
        QCOMPARE(image.size() / image.devicePixelRatio(), QSize(1024, 700));
        // Not blank: a real page has text, icons and panels, so many distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QStringLiteral("only %1 colours").arg(colours.size())));
        // The palette asked for is the one drawn: sample the page background well away from text.
        const QColor corner = image.pixelColor(image.width() - 4, image.height() / 2);
        QCOMPARE(corner.lightness() < 128, theme == QLatin1String("dark"));
    }

    void badCommandLineIsRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown page") << QStringList{QStringLiteral("--page"), QStringLiteral("kitchen")} << "Unknown page";
        QTest::newRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")} << "Invalid --size";
        QTest::newRow("bad theme") << QStringList{QStringLiteral("--theme"), QStringLiteral("pink")} << "Unknown theme";
    }

    void badCommandLineIsRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QProcess app;
        app.start(QStringLiteral(LOOPCRAFT_BINARY), arguments);
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 2);
        QVERIFY(QString::fromUtf8(app.readAllStandardError()).contains(message));
    }

    void versionPrints()
    {
        QProcess app;
        app.start(QStringLiteral(LOOPCRAFT_BINARY), {QStringLiteral("--version")});
        QVERIFY(app.waitForFinished(30000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.readAllStandardOutput().contains(LOOPCRAFT_VERSION));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
