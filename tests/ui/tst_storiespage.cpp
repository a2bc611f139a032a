#include "navigator.h"
#include "services.h"
#include "stories/backupsdialog.h"
#include "stories/coverageview.h"
#include "stories/insightspanel.h"
#include "stories/recentlydeleteddialog.h"
#include "stories/rehearsepanel.h"
#include "stories/storiespage.h"
#include "stories/storyeditor.h"
#include "stories/storyfiltermodel.h"
#include "stories/storyhighlighter.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace loopcraft;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// A page over a fresh data folder, as the app builds it.
struct Fixture {
    QTemporaryDir dir;
    Services services{DataDirectory(dir.path())};
    Navigator navigator;
    std::unique_ptr<StoriesPage> page;

    QString storiesPath() const { return dir.filePath(QStringLiteral("stories.json")); }
    // Shortcuts need an active window, as in the app.
    void open()
    {
        services.load();
        page = std::make_unique<StoriesPage>(services, &navigator);
        page->resize(1200, 760);
        page->show();
        page->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(page.get()));
    }
};

bool sawSaved(const QSignalSpy &spy)
{
    for (const QList<QVariant> &call : spy)
        if (call.value(0).toString() == QLatin1String("Saved"))
            return true;
    return false;
}

} // namespace

class TestStoriesPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typedStoryIsAutosavedAndReloads()
    {
        Fixture f;
        f.open();
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QVERIFY(f.page->isShowingEmptyState());

        QSignalSpy status(&f.navigator, &Navigator::statusMessage);
        QTest::keyClick(f.page.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!f.page->isShowingEmptyState());
        StoryEditor *editor = f.page->editor();
        QVERIFY(editor->titleEdit()->hasFocus());
        QTest::keyClicks(editor->titleEdit(), QStringLiteral("Cut ranking latency "));
        editor->titleEdit()->insert(
            QStringLiteral("— café")); // keyClicks types ASCII only; as an input method would
        QTest::keyClicks(editor->sectionEdit(Story::Section::Situation),
                         QStringLiteral("Search timed out at peak."));
        QTest::keyClicks(editor->sectionEdit(Story::Section::Task), QStringLiteral("I owned p99 latency."));
        QTest::keyClicks(editor->sectionEdit(Story::Section::Action),
                         QStringLiteral("I profiled the service, cached embeddings and we just shipped it."));
        QTest::keyClicks(editor->sectionEdit(Story::Section::Result),
                         QStringLiteral("p99 fell 30 % in two weeks."));
        QToolButton *ownership = editor->chip(QStringLiteral("ownership"));
        QVERIFY(ownership);
        QTest::mouseClick(ownership, Qt::LeftButton);
        QVERIFY(ownership->isChecked());

        // Live feedback followed the typing.
        QVERIFY2(f.page->insightsPanel()->resultText().contains(QStringLiteral("30 %")),
                 qPrintable(f.page->insightsPanel()->resultText()));
        QVERIFY(f.page->insightsPanel()->fillerText().contains(QStringLiteral("just")));
        QVERIFY(f.page->insightsPanel()->missingText().contains(QStringLiteral("All four")));

        // Autosave within about a second of the last keystroke, with "Saved" in the status bar.
        QTRY_VERIFY_WITH_TIMEOUT(sawSaved(status), 5000);
        QVERIFY(!f.services.stories.isDirty());

        StoryBank fromDisk(f.storiesPath());
        const StoryBank::LoadReport report = fromDisk.load();
        QVERIFY2(report.ok(), qPrintable(report.message));
        const Story *saved = fromDisk.find(f.page->currentStoryId());
        QVERIFY(saved);
        QVERIFY(saved->sameContent(editor->story()));
        QCOMPARE(saved->title, QStringLiteral("Cut ranking latency — café"));
        QCOMPARE(saved->principles, QStringList{QStringLiteral("ownership")});
        QCOMPARE(saved->section(Story::Section::Result), QStringLiteral("p99 fell 30 % in two weeks."));
    }

    void closingThePageSavesTheLastSecond()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        QTest::keyClicks(f.page->editor()->sectionEdit(Story::Section::Action), QStringLiteral("Last words"));
        const QString id = f.page->currentStoryId();
        f.page.reset(); // before the autosave fires
        StoryBank fromDisk(f.storiesPath());
        QVERIFY(fromDisk.load().ok());
        QVERIFY(fromDisk.find(id));
        QCOMPARE(fromDisk.find(id)->section(Story::Section::Action), QStringLiteral("Last words"));
    }

    void ctrlSSavesNow()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("Saved by hand"));
        QTest::keyClick(f.page.get(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(readFile(f.storiesPath()).contains("Saved by hand"));
    }

    void eachFieldHasItsOwnUndo()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        QPlainTextEdit *action = f.page->editor()->sectionEdit(Story::Section::Action);
        action->setFocus();
        QTest::keyClicks(action, QStringLiteral("first"));
        QTest::keyClick(action, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(action->toPlainText(), QString());
        QTest::keyClick(action, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(action->toPlainText(), QStringLiteral("first"));
        QCOMPARE(f.services.stories.find(f.page->currentStoryId())->section(Story::Section::Action),
                 QStringLiteral("first"));
        // Principle chips: Ctrl+Z and Ctrl+Shift+Z while a chip has focus.
        QToolButton *chip = f.page->editor()->chip(QStringLiteral("ownership"));
        QTest::mouseClick(chip, Qt::LeftButton);
        chip->setFocus();
        QVERIFY(f.services.stories.find(f.page->currentStoryId())
                    ->principles.contains(QStringLiteral("ownership")));
        QTest::keyClick(chip, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!chip->isChecked());
        QVERIFY(!f.services.stories.find(f.page->currentStoryId())
                     ->principles.contains(QStringLiteral("ownership")));
        QTest::keyClick(chip, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(chip->isChecked());
        QVERIFY(f.services.stories.find(f.page->currentStoryId())
                    ->principles.contains(QStringLiteral("ownership")));
        QLineEdit *title = f.page->editor()->titleEdit();
        QTest::keyClicks(title, QStringLiteral("T"));
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QString());
    }

    void highlightsWeAndFillersAndCanBeSwitchedOff()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        QPlainTextEdit *action = f.page->editor()->sectionEdit(Story::Section::Action);
        QTest::keyClicks(action, QStringLiteral("We basically fixed it"));
        auto formatsOf = [action] { return action->document()->firstBlock().layout()->formats(); };
        QTRY_COMPARE(formatsOf().size(), 2);
        QCOMPARE(formatsOf()[0].start, 0);
        QCOMPARE(formatsOf()[0].length, 2);
        QCOMPARE(formatsOf()[0].format.background().color(), StoryHighlighter::weColour());
        QCOMPARE(formatsOf()[1].format.background().color(), StoryHighlighter::fillerColour());
        QTest::keyClick(f.page.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!f.page->insightsPanel()->highlightSwitch()->isChecked());
        QTRY_COMPARE(formatsOf().size(), 0);
        f.page->insightsPanel()->highlightSwitch()->setChecked(true);
        QTRY_COMPARE(formatsOf().size(), 2);
    }

    void searchAndPrincipleFilterTheList()
    {
        Fixture f;
        f.open();
        Story a;
        a.title = QStringLiteral("Latency story");
        a.principles = {QStringLiteral("dive-deep")};
        Story b;
        b.title = QStringLiteral("Hiring story");
        b.principles = {QStringLiteral("hire-and-develop-the-best")};
        f.services.stories.add(a);
        f.services.stories.add(b);
        f.page->activated();
        f.page->newStory(); // reloads the list
        QListView *list = f.page->storyList();
        QCOMPARE(list->model()->rowCount(), 3);

        QTest::keyClick(f.page.get(), Qt::Key_F, Qt::ControlModifier);
        auto *search = f.page->findChild<QLineEdit *>(QStringLiteral("storySearch"));
        QVERIFY(search && search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("latency"));
        QCOMPARE(list->model()->rowCount(), 1);
        search->clear();

        f.page->filterByPrinciple(QStringLiteral("hire-and-develop-the-best"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("Hiring story"));
    }

    void coverageMatrixMarksGapsAndFilters()
    {
        Fixture f;
        f.open();
        Story a;
        a.title = QStringLiteral("Owned it");
        a.principles = {QStringLiteral("ownership")};
        f.services.stories.add(a);
        f.page->newStory();
        CoverageView *coverage = f.page->coverageView();
        f.page->tabs()->setCurrentWidget(coverage->parentWidget()); // its tab
        QTableView *table = coverage->table();
        const int principles = int(f.services.principles.principles().size());
        QCOMPARE(table->model()->rowCount(), principles);
        QCOMPARE(table->model()->columnCount(), 3); // count + two stories
        auto rowOf = [&](const QString &id) {
            const auto &all = f.services.principles.principles();
            for (std::size_t i = 0; i < all.size(); ++i)
                if (all[i].id == id)
                    return int(i);
            return -1;
        };
        const int ownershipRow = rowOf(QStringLiteral("ownership"));
        QVERIFY(ownershipRow >= 0);
        QCOMPARE(table->model()->index(ownershipRow, 0).data().toString(), QStringLiteral("1"));
        QCOMPARE(table->model()->index(rowOf(QStringLiteral("dive-deep")), 0).data().toString(),
                 QStringLiteral("gap"));

        // Clicking a principle's row header filters the story list by it.
        QHeaderView *rows = table->verticalHeader();
        QTest::mouseClick(rows->viewport(), Qt::LeftButton, {},
                          QPoint(rows->width() / 2, rows->sectionViewportPosition(ownershipRow) + 5));
        QCOMPARE(f.page->filterModel()->principle(), QStringLiteral("ownership"));
        QCOMPARE(f.page->filterModel()->rowCount(), 1);
        QCOMPARE(coverage->currentPrinciple(), QStringLiteral("ownership"));

        // A principle requested from another room shows its coverage.
        f.page->tabs()->setCurrentIndex(0);
        f.navigator.openPrinciple(QStringLiteral("dive-deep"));
        QCOMPARE(f.page->tabs()->currentWidget(), coverage->parentWidget());
        QCOMPARE(coverage->currentPrinciple(), QStringLiteral("dive-deep"));
        QCOMPARE(f.page->filterModel()->principle(), QStringLiteral("dive-deep"));
    }

    void principleQuestionsOpenInTheLibrary()
    {
        Fixture f;
        f.services.load();
        const QByteArray deck =
            "{\"schema\": 1, \"deck\": \"Test\", \"questions\": [{\"id\": \"behavioral.test-ownership\", "
            "\"category\": \"behavioral\", \"title\": \"Owned a failure\", \"tags\": [\"ownership\"], "
            "\"difficulty\": \"medium\", \"prompt\": \"Tell me about a time you owned a failure.\", "
            "\"answer\": \"Use STAR.\", \"key_points\": [\"a\", \"b\", \"c\"], \"follow_ups\": [\"d\"], "
            "\"principles\": [\"ownership\"]}]}";
        QCOMPARE(f.services.questions.addDeck(deck, QStringLiteral("test.json"), true), 1);
        f.page = std::make_unique<StoriesPage>(f.services, &f.navigator);
        f.page->show();
        f.page->showPrinciple(QStringLiteral("ownership"));
        QListWidget *questions = f.page->coverageView()->questionList();
        // Every question probing the principle is listed: the shipped ones and the deck's.
        QSet<QString> expected;
        for (const Question &question : f.services.questions.questions())
            if (question.principles.contains(QStringLiteral("ownership")))
                expected.insert(question.id);
        for (const QString &id : f.services.principles.find(QStringLiteral("ownership"))->questions)
            if (f.services.questions.find(id))
                expected.insert(id);
        QCOMPARE(questions->count(), int(expected.size()));
        int row = -1;
        for (int i = 0; i < questions->count(); ++i)
            if (questions->item(i)->data(Qt::UserRole).toString() ==
                QLatin1String("behavioral.test-ownership"))
                row = i;
        QVERIFY(row >= 0);
        QSignalSpy opened(&f.navigator, &Navigator::questionRequested);
        questions->scrollToItem(questions->item(row));
        const QRect rect = questions->visualItemRect(questions->item(row));
        QTest::mouseClick(questions->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toString(), QStringLiteral("behavioral.test-ownership"));
    }

    void deleteFromTheListAndRestore()
    {
        Fixture f;
        f.open();
        const QString first = f.page->newStory();
        QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("Keep me"));
        const QString second = f.page->newStory();
        QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("Delete me"));
        QCOMPARE(f.page->currentStoryId(), second);
        f.page->storyList()->setFocus();
        QTest::keyClick(f.page->storyList(), Qt::Key_Delete);
        QCOMPARE(f.services.stories.activeCount(), 1);
        QCOMPARE(f.page->currentStoryId(), first);
        QVERIFY(f.services.stories.find(second)->isDeleted());
        // Deleted is saved at once, and the words are still in the file.
        QVERIFY(readFile(f.storiesPath()).contains("Delete me"));

        RecentlyDeletedDialog dialog(f.services.stories, f.page.get());
        QCOMPARE(dialog.list()->count(), 1);
        dialog.restoreSelected();
        QCOMPARE(dialog.restoredIds(), QStringList{second});
        QCOMPARE(f.services.stories.activeCount(), 2);
        QCOMPARE(f.services.stories.find(second)->title, QStringLiteral("Delete me"));

        // Deleting the last story brings back the teaching empty state.
        f.services.stories.softDelete(first);
        f.services.stories.softDelete(second);
        f.page->openStory(first);
        f.page->newStory();
        f.page->deleteCurrentStory();
        QVERIFY(f.page->isShowingEmptyState());
    }

    void corruptFileShowsABannerAndOffersBackups()
    {
        Fixture f;
        const QByteArray broken = "{\"schema\": 1, \"stories\": [{\"id\": \"a\", \"title\": \"Half";
        writeFile(f.storiesPath(), broken);
        // An older good version sits in the backups.
        QDir(f.dir.path()).mkpath(QStringLiteral("backups"));
        writeFile(f.dir.filePath(QStringLiteral("backups/stories-20240101-120000-000.json")),
                  "{\"schema\": 1, \"stories\": [{\"id\": \"old\", \"title\": \"From the backup\"}]}");
        f.open();
        QVERIFY(f.page->isBannerVisible());
        QVERIFY2(f.page->bannerText().contains(QStringLiteral("could not be read")),
                 qPrintable(f.page->bannerText()));
        QVERIFY(!f.services.startupMessages.isEmpty());
        const QString aside = f.services.storiesLoad.movedAsideTo;
        QCOMPARE(readFile(aside), broken);

        // New work saves to a fresh file; the broken one is never overwritten.
        f.page->newStory();
        QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("New work"));
        QVERIFY(f.page->saveNow());
        QCOMPARE(readFile(aside), broken);

        // An hour of editing rotates the backups, yet the ones from before the damage stay on offer.
        QDateTime now = QDateTime::currentDateTime();
        f.services.stories.store()->setClock([&now] { return now; });
        for (int i = 0; i < JsonStore::kBackupsKept + 2; ++i) {
            now = now.addSecs(11 * 60);
            QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("x"));
            QVERIFY(f.page->saveNow());
        }
        f.services.stories.store()->setClock([last = now] { return last; }); // now goes out of scope first
        for (const QString &backup : f.services.stories.store()->backups())
            QVERIFY2(!backup.endsWith(QStringLiteral("/stories-20240101-120000-000.json")), "rotated out");
        QCOMPARE(f.services.stories.keptBackups().size(), 1);
        BackupsDialog dialog(*f.services.stories.store(), aside, f.services.stories.keptBackups(),
                             f.page.get());
        QVERIFY(dialog.list()->count() >= 2);
        // The broken file cannot be picked; the old backup can.
        QVERIFY(!(dialog.list()->item(0)->flags() & Qt::ItemIsEnabled));
        for (int i = 0; i < dialog.list()->count(); ++i)
            if (dialog.list()
                    ->item(i)
                    ->data(Qt::UserRole)
                    .toString()
                    .endsWith(QStringLiteral("kept-stories-20240101-120000-000.json")))
                dialog.list()->setCurrentRow(i);
        QVERIFY(dialog.restoreSelected());
        QVERIFY(f.services.stories.reload().ok());
        QVERIFY(f.services.stories.find(QStringLiteral("old")));
        QCOMPARE(readFile(aside), broken);
    }

    void exportsMarkdownPdfAndJson()
    {
        Fixture f;
        f.open();
        {
            // With no story chosen, a one-story export says so and writes nothing.
            QTemporaryDir out;
            QString error;
            QVERIFY(!f.page->exportMarkdown(out.filePath(QStringLiteral("none.md")), false, &error));
            QVERIFY2(error.contains(QStringLiteral("Choose a story")), qPrintable(error));
            error.clear();
            QVERIFY(!f.page->exportPdf(out.filePath(QStringLiteral("none.pdf")), false, &error));
            QVERIFY2(error.contains(QStringLiteral("Choose a story")), qPrintable(error));
            QVERIFY(QDir(out.path()).isEmpty());
        }
        f.page->newStory();
        QTest::keyClicks(f.page->editor()->titleEdit(), QStringLiteral("Exported story"));
        QTest::keyClicks(f.page->editor()->sectionEdit(Story::Section::Action),
                         QStringLiteral("I did the work."));
        QTemporaryDir out;
        QString error;
        QVERIFY2(f.page->exportMarkdown(out.filePath(QStringLiteral("one.md")), false, &error),
                 qPrintable(error));
        const QByteArray md = readFile(out.filePath(QStringLiteral("one.md")));
        QVERIFY(md.startsWith("# Exported story"));
        QVERIFY(md.contains("## Action\n\nI did the work."));
        QVERIFY2(f.page->exportPdf(out.filePath(QStringLiteral("all.pdf")), true, &error), qPrintable(error));
        QVERIFY(readFile(out.filePath(QStringLiteral("all.pdf"))).startsWith("%PDF"));
        QVERIFY(f.page->exportJson(out.filePath(QStringLiteral("bank.json")), &error));

        // The exported JSON imports into another data folder.
        Fixture other;
        other.open();
        QCOMPARE(other.page->importJson(out.filePath(QStringLiteral("bank.json")), &error), 1);
        QCOMPARE(other.services.stories.activeCount(), 1);
        QVERIFY(readFile(other.storiesPath()).contains("Exported story"));
        QCOMPARE(other.page->importJson(out.filePath(QStringLiteral("missing.json")), &error), -1);
        QVERIFY(!error.isEmpty());
    }

    // Opening the room builds neither Coverage nor Rehearse; Alt+2 / Alt+3 build and show them,
    // and a principle opened from another room builds both.
    void coverageAndRehearseAreBuiltOnFirstUse()
    {
        Fixture f;
        f.open();
        QVERIFY(!f.page->findChild<CoverageView *>());
        QVERIFY(!f.page->findChild<RehearsePanel *>());
        QTest::keyClick(f.page.get(), Qt::Key_Return, Qt::ControlModifier); // the timer is Rehearse's only
        QVERIFY(!f.page->findChild<RehearsePanel *>());
        QTest::keyClick(f.page.get(), Qt::Key_2, Qt::AltModifier);
        auto *coverage = f.page->findChild<CoverageView *>();
        QVERIFY(coverage);
        QVERIFY(coverage->isVisible());
        QVERIFY(!f.page->findChild<RehearsePanel *>());
        QTest::keyClick(f.page.get(), Qt::Key_3, Qt::AltModifier);
        QVERIFY(f.page->findChild<RehearsePanel *>() && f.page->findChild<RehearsePanel *>()->isVisible());
        QCOMPARE(f.page->coverageView(), coverage); // built once

        Fixture other;
        other.open();
        other.navigator.openPrinciple(QStringLiteral("ownership"));
        QVERIFY(other.page->findChild<CoverageView *>() && other.page->coverageView()->isVisible());
        QCOMPARE(other.page->rehearsePanel()->currentPrinciple(), QStringLiteral("ownership"));
    }

    void rehearseTimesAndSelfChecks()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        QTest::mouseClick(f.page->editor()->chip(QStringLiteral("ownership")), Qt::LeftButton);
        f.page->saveNow();
        RehearsePanel *rehearse = f.page->rehearsePanel();
        f.page->tabs()->setCurrentWidget(rehearse->parentWidget()); // its tab
        rehearse->choosePrinciple(QStringLiteral("ownership"));
        QCOMPARE(rehearse->currentStory(), f.page->currentStoryId());
        QTest::keyClick(f.page.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(rehearse->isRunning());
        QTest::qWait(1100);
        QTest::keyClick(f.page.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!rehearse->isRunning());
        QVERIFY(rehearse->elapsedSeconds() >= 1.0);
        QListWidget *check = rehearse->selfCheck();
        QVERIFY(check->count() >= 3);
        check->item(0)->setCheckState(Qt::Checked);
        QVERIFY2(rehearse->summaryText().contains(QStringLiteral("Covered 1 of %1").arg(check->count())),
                 qPrintable(rehearse->summaryText()));
    }

    void everyTabRendersSomething()
    {
        // Renders each tab with a few stories; set LOOPCRAFT_SCREENSHOT_DIR to keep the pictures.
        Fixture f;
        f.services.load();
        Story a;
        a.title = QStringLiteral("Cut ranking latency before Prime Day");
        a.section(Story::Section::Action) = QStringLiteral("I profiled the service and we just cached it.");
        a.section(Story::Section::Result) = QStringLiteral("p99 fell 30 %.");
        a.principles = {QStringLiteral("ownership"), QStringLiteral("dive-deep")};
        f.services.stories.add(a);
        Story b;
        b.title = QStringLiteral("Pushed back on a launch date");
        b.principles = {QStringLiteral("have-backbone-disagree-and-commit")};
        f.services.stories.add(b);
        f.page = std::make_unique<StoriesPage>(f.services, &f.navigator);
        f.page->resize(1112, 760);
        f.page->show();
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        const QString keep = qEnvironmentVariable("LOOPCRAFT_SCREENSHOT_DIR");
        for (int tab = 0; tab < f.page->tabs()->count(); ++tab) {
            f.page->tabs()->setCurrentIndex(tab);
            if (tab == 2)
                f.page->rehearsePanel()->choosePrinciple(QStringLiteral("ownership"));
            QTest::qWait(50);
            const QImage image = f.page->grab().toImage();
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 20,
                     qPrintable(QStringLiteral("tab %1: %2 colours").arg(tab).arg(colours.size())));
            if (!keep.isEmpty())
                image.save(QDir(keep).filePath(QStringLiteral("stories-tab%1.png").arg(tab)));
        }
    }

    void paceIsKeptWithTheStories()
    {
        Fixture f;
        f.open();
        f.page->newStory();
        auto *pace = f.page->insightsPanel()->findChild<QSpinBox *>(QStringLiteral("pace"));
        QVERIFY(pace);
        pace->setValue(160);
        QVERIFY(f.page->saveNow());
        StoryBank fromDisk(f.storiesPath());
        QVERIFY(fromDisk.load().ok());
        QCOMPARE(fromDisk.wordsPerMinute(), 160.0);
    }
};

QTEST_MAIN(TestStoriesPage)
#include "tst_storiespage.moc"
