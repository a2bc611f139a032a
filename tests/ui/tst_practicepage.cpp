// The Practice page driven like a user: three cards reviewed with the keyboard alone, undo,
// the corrupt-progress notice, statistics (empty state, charts, PNG export) and a mock loop.
#include "../unit/reviewtesting.h"
#include "navigator.h"
#include "practice/flashcardsview.h"
#include "practice/mockinterviewview.h"
#include "practice/practicepage.h"
#include "practice/schedulingdialog.h"
#include "practice/statisticsview.h"
#include "services.h"
#include "theme.h"

#include <QApplication>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

class FakeStories : public StoryDirectory {
public:
    QList<StorySummary> storiesForPrinciple(const QString &principleId) const override
    {
        if (principleId == QLatin1String("ownership"))
            return {{QStringLiteral("s1"), QStringLiteral("The night the pipeline broke"), {principleId}}};
        return {};
    }
};

QByteArray loopDeck()
{
    nlohmann::json deck = nlohmann::json::parse(syntheticDeck(6, {QStringLiteral("fundamentals"), QStringLiteral("system-design")}).toStdString());
    for (const char *principle : {"ownership", "bias-for-action"})
        deck["questions"].push_back({{"id", std::string("b.") + principle},
                                     {"category", "behavioral"},
                                     {"prompt", "Tell me about a time you showed it."},
                                     {"answer", "Use STAR."},
                                     {"difficulty", "medium"},
                                     {"principles", {principle}}});
    return QByteArray::fromStdString(deck.dump());
}

// Saves what the test sees when LOOPCRAFT_SHOTS names a folder (for looking, not asserting).
void shot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("LOOPCRAFT_SHOTS");
    if (folder.isEmpty())
        return;
    QApplication::processEvents();
    widget->window()->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

struct Fixture {
    explicit Fixture(const QString &dir, const QByteArray &deck = syntheticDeck(5))
        : services(DataDirectory(dir))
    {
        services.questions.addDeck(deck, QStringLiteral("test.json"), true);
        services.reviews.load();
        services.reviews.setClock([this] { return now; });
        services.studyState = &services.reviews;
        page = std::make_unique<PracticePage>(services, &navigator);
        page->resize(1100, 760);
        page->show();
        page->activateWindow();
    }
    qint64 now = at(2026, 3, 2, 9);
    Services services;
    Navigator navigator;
    std::unique_ptr<PracticePage> page;
};

} // namespace

class TestPracticePage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
    }

    void reviewsThreeCardsWithTheKeyboardAlone()
    {
        QTemporaryDir dir;
        Fixture f(dir.path());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        FlashcardsView *view = f.page->flashcards();
        view->setFocus();
        shot(f.page.get(), QStringLiteral("flashcards-setup"));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(view->inSession());
        auto *prompt = view->findChild<QLabel *>(QStringLiteral("prompt"));
        auto *answer = view->findChild<QTextBrowser *>(QStringLiteral("answer"));
        auto *counts = view->findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY(prompt && answer && counts);
        QVERIFY2(counts->text().contains(QStringLiteral("New 5")), qPrintable(counts->text()));

        const Rating ratings[] = {Rating::Easy, Rating::Good, Rating::Easy};
        for (int i = 0; i < 3; ++i) {
            const QString id = view->session()->current();
            QCOMPARE(prompt->text(), f.services.questions.find(id)->prompt);
            QVERIFY(!answer->isVisible());
            QTest::keyClick(view, Qt::Key_Space);
            QVERIFY(answer->isVisible());
            QVERIFY(answer->toPlainText().contains(QStringLiteral("It is")));
            QVERIFY(answer->toPlainText().contains(QStringLiteral("first point")));  // key points
            // The buttons show what each answer would do to this new card: the learning steps
            // (1 minute, 10 minutes) and, for Easy, about 8 days (S0(4) = 8.3, fuzzed).
            QVERIFY(view->findChild<QPushButton *>(QStringLiteral("rate1"))->text().startsWith(QStringLiteral("1m\n")));
            QVERIFY(view->findChild<QPushButton *>(QStringLiteral("rate3"))->text().startsWith(QStringLiteral("10m\n")));
            const auto preview = f.services.reviews.scheduler().preview(f.services.reviews.cardFor(id), f.now);
            QVERIFY(preview[3] >= 6 * 86'400'000ll && preview[3] <= 10 * 86'400'000ll);
            QVERIFY(view->findChild<QPushButton *>(QStringLiteral("rate4"))->text().startsWith(Scheduler::formatInterval(preview[3])));
            if (i == 0)
                shot(f.page.get(), QStringLiteral("flashcards-answer"));
            QTest::keyClick(view, Qt::Key(Qt::Key_0 + int(ratings[i])));
            QCOMPARE(f.services.reviews.log().size(), std::size_t(i + 1));
            QCOMPARE(f.services.reviews.log().back().rating, ratings[i]);
            QCOMPARE(f.services.reviews.log().back().questionId(), id);
            f.now += 20'000;
        }
        QVERIFY2(counts->text().contains(QStringLiteral("New 2")), qPrintable(counts->text()));
        QVERIFY2(counts->text().contains(QStringLiteral("Learning 1")), qPrintable(counts->text()));

        // Ctrl+Z takes back the last rating and shows that card again.
        const QString lastId = f.services.reviews.log().back().questionId();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(f.services.reviews.log().size(), std::size_t(2));
        QCOMPARE(view->session()->current(), lastId);
        QVERIFY(!f.services.reviews.card(lastId));

        // Esc ends with a summary; the debounced save writes progress.json.
        QTest::keyClick(view, Qt::Key_Escape);
        auto *summary = view->findChild<QLabel *>(QStringLiteral("summary"));
        QVERIFY(summary->isVisible());
        QVERIFY2(summary->text().contains(QStringLiteral("2 cards")), qPrintable(summary->text()));
        shot(f.page.get(), QStringLiteral("flashcards-summary"));
        QSignalSpy saved(&f.navigator, &Navigator::statusMessage);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("progress.json"))), 3000);
        QTRY_VERIFY(!saved.isEmpty());
        QCOMPARE(saved.last().first().toString(), QStringLiteral("Saved"));
    }

    void studiesASavedSearchWithTheKeyboard()
    {
        QTemporaryDir dir;
        Fixture f(dir.path(), syntheticDeck(6));
        LibraryStore &library = f.services.library;
        QCOMPARE(library.load(f.services.data.filePath(LibraryStore::fileName())), QString());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        FlashcardsView *view = f.page->flashcards();
        auto *kind = view->findChild<QComboBox *>(QStringLiteral("scopeKind"));
        auto *value = view->findChild<QComboBox *>(QStringLiteral("scopeValue"));
        auto *status = view->findChild<QLabel *>(QStringLiteral("setupStatus"));
        auto *start = view->findChild<QPushButton *>(QStringLiteral("startButton"));
        QVERIFY(kind && value && status && start);

        // "A saved search" is the last kind; with none saved it says where to make one.
        kind->setFocus();
        QTest::keyClick(kind, Qt::Key_End);
        QCOMPARE(kind->currentData().toInt(), int(StudyScope::Kind::Search));
        QVERIFY(!value->isEnabled());
        QCOMPARE(value->currentText(), QStringLiteral("no saved searches — save one in the Library"));
        QVERIFY(!start->isEnabled());
        QVERIFY2(status->text().contains(QStringLiteral("no saved searches")), qPrintable(status->text()));
        shot(f.page.get(), QStringLiteral("flashcards-no-saved-search"));

        // The Library saves two searches: the list follows at once.
        QVERIFY(library.addSavedSearch(QStringLiteral("Odd ones"), QStringLiteral("tag:odd")));  // t.q1, 3, 5
        QVERIFY(value->isEnabled());
        QCOMPARE(value->count(), 1);
        QCOMPARE(value->currentText(), QStringLiteral("Odd ones"));
        QVERIFY2(status->text().contains(QStringLiteral("<b>0</b> due and <b>3</b> new")), qPrintable(status->text()));
        QVERIFY(library.addSavedSearch(QStringLiteral("Hard & new"), QStringLiteral("diff:hard is:new is:sleepy")));
        QCOMPARE(value->count(), 2);
        QCOMPARE(value->currentText(), QStringLiteral("Odd ones"));  // the choice is kept
        value->setFocus();
        QTest::keyClick(value, Qt::Key_Down);
        QCOMPARE(value->currentText(), QStringLiteral("Hard & new"));
        // t.q2 and t.q5; the part that cannot be read is said.
        QVERIFY2(status->text().contains(QStringLiteral("<b>2</b> new")), qPrintable(status->text()));
        QVERIFY2(status->text().contains(QStringLiteral("is:sleepy")), qPrintable(status->text()));
        shot(f.page.get(), QStringLiteral("flashcards-saved-search"));
        QTest::keyClick(value, Qt::Key_Up);
        QCOMPARE(value->currentText(), QStringLiteral("Odd ones"));

        // Enter studies it: only its cards, Space and a number to answer.
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(view->inSession());
        QCOMPARE(view->findChild<QLabel *>(QStringLiteral("scopeLabel"))->text(), QStringLiteral("Search: Odd ones"));
        auto *counts = view->findChild<QLabel *>(QStringLiteral("counts"));
        QVERIFY2(counts->text().contains(QStringLiteral("New 3")), qPrintable(counts->text()));
        const QSet<QString> odd{QStringLiteral("t.q1"), QStringLiteral("t.q3"), QStringLiteral("t.q5")};
        const QString first = view->session()->current();
        QVERIFY2(odd.contains(first), qPrintable(first));
        QTest::keyClick(view, Qt::Key_Space);
        QTest::keyClick(view, Qt::Key_4);
        QCOMPARE(f.services.reviews.log().size(), std::size_t(1));
        QCOMPARE(f.services.reviews.log().back().questionId(), first);
        QCOMPARE(f.services.reviews.log().back().rating, Rating::Easy);
        QVERIFY(odd.contains(view->session()->current()));
        QVERIFY2(counts->text().contains(QStringLiteral("New 2")), qPrintable(counts->text()));
        for (const QString &id : view->session()->pendingIds())
            QVERIFY2(odd.contains(id), qPrintable(id));

        // Deleting the chosen search in the Library leaves the running session alone and the
        // setup on the one left.
        QVERIFY(library.removeSavedSearch(QStringLiteral("Odd ones")));
        QVERIFY(view->inSession());
        QTest::keyClick(view, Qt::Key_Escape);
        QCOMPARE(value->count(), 1);
        QCOMPARE(value->currentText(), QStringLiteral("Hard & new"));
        QVERIFY2(status->text().contains(QStringLiteral("<b>2</b> new")), qPrintable(status->text()));

        // The view keeps its search index until the bank changes; then the search sees more.
        const nlohmann::json deck{{"schema", 1},
                                  {"deck", "More"},
                                  {"questions",
                                   {{{"id", "u.hard"},
                                     {"category", "fundamentals"},
                                     {"prompt", "A hard one?"},
                                     {"answer", "Yes."},
                                     {"difficulty", "hard"}}}}};
        QCOMPARE(f.services.questions.addDeck(QByteArray::fromStdString(deck.dump()), QStringLiteral("more.json"), true), 1);
        view->refresh();
        QVERIFY2(status->text().contains(QStringLiteral("<b>3</b> new")), qPrintable(status->text()));
    }

    // Learning steps, the longest interval and fuzz are edited in a dialog from the setup form;
    // bad steps keep OK disabled and say why; the choice is saved with the cards.
    void schedulingDialogEditsStepsAndIsSaved()
    {
        QTemporaryDir dir;
        {
            Fixture f(dir.path());
            QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
            FlashcardsView *view = f.page->flashcards();
            auto *button = view->findChild<QPushButton *>(QStringLiteral("schedulingButton"));
            QVERIFY(button && button->isVisible());
            // Regression: the retention row shares its line with the button; its label must still
            // be a mnemonic (Alt+T) for the spin box, not a literal "&".
            auto *retention = view->findChild<QDoubleSpinBox *>();
            QLabel *retentionLabel = nullptr;
            for (QLabel *label : view->findChildren<QLabel *>())
                if (label->buddy() == retention)
                    retentionLabel = label;
            QVERIFY(retentionLabel);
            QCOMPARE(retentionLabel->text(), QStringLiteral("Desired re&tention:"));
            bool sawRefusal = false;
            QTimer::singleShot(0, view, [&] {
                auto *dialog = view->findChild<SchedulingDialog *>();
                QVERIFY(dialog);
                QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
                dialog->learningSteps()->setText(QStringLiteral("1m soon"));
                sawRefusal = !ok->isEnabled()
                    && dialog->findChild<QLabel *>(QStringLiteral("schedulingProblem"))->text().contains(QStringLiteral("soon"));
                dialog->learningSteps()->setText(QStringLiteral("30s 5m"));
                dialog->relearningSteps()->clear();
                dialog->maximumInterval()->setValue(365);
                dialog->fuzz()->setChecked(false);
                QVERIFY(ok->isEnabled());
                QTest::mouseClick(ok, Qt::LeftButton);
            });
            QCOMPARE(button->shortcut(), QKeySequence(Qt::ALT | Qt::Key_H)); // its mnemonic
            QTest::mouseClick(button, Qt::LeftButton);
            QVERIFY(sawRefusal);
            const SchedulerSettings settings = f.services.reviews.settings();
            QCOMPARE(settings.learningStepsSeconds, (QList<int>{30, 300}));
            QCOMPARE(settings.relearningStepsSeconds, QList<int>{});
            QCOMPARE(settings.maximumInterval, 365);
            QVERIFY(!settings.fuzz);
            QCOMPARE(settings.desiredRetention, 0.90); // untouched
            // The new first step shows on the Again button of a new card.
            f.page->activateWindow(); // back from the dialog
            QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
            view->setFocus();
            QTest::keyClick(view, Qt::Key_Return);
            QVERIFY(view->inSession());
            QTest::keyClick(view, Qt::Key_Space);
            const QString again = view->findChild<QPushButton *>(QStringLiteral("rate1"))->text();
            QVERIFY2(again.startsWith(QStringLiteral("30s\n")), qPrintable(again));
            QVERIFY(f.page->saveNow());
        }
        ReviewStore reloaded(dir.path());
        reloaded.load();
        QCOMPARE(reloaded.settings().learningStepsSeconds, (QList<int>{30, 300}));
        QCOMPARE(reloaded.settings().maximumInterval, 365);
        QVERIFY(!reloaded.settings().fuzz);
    }

    void corruptProgressIsExplainedWithBackups()
    {
        QTemporaryDir dir;
        {
            Fixture f(dir.path());
            f.services.reviews.rate(QStringLiteral("t.q0"), Rating::Good, f.now);
            QVERIFY(f.page->saveNow());
            QTest::qWait(2);
            f.services.reviews.rate(QStringLiteral("t.q1"), Rating::Good, f.now);
            QVERIFY(f.page->saveNow());
        }
        QFile file(dir.filePath(QStringLiteral("progress.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"schema\": 1, \"cards\": [tru");
        file.close();

        Fixture f(dir.path());
        auto *notice = f.page->findChild<QWidget *>(QStringLiteral("progressNotice"));
        QVERIFY(notice->isVisible());
        const QString text = notice->findChild<QLabel *>()->text();
        QVERIFY2(text.contains(QStringLiteral("progress.json")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rebuilt from the review history")), qPrintable(text));
        QVERIFY(notice->findChild<QPushButton *>(QStringLiteral("restoreBackup"))->isVisible());
        QCOMPARE(f.services.reviews.cards().size(), 2);  // nothing lost
        shot(f.page.get(), QStringLiteral("practice-corrupt"));
    }

    void statisticsTeachFirstThenChart()
    {
        QTemporaryDir dir;
        Fixture f(dir.path());
        f.page->tabs()->setCurrentIndex(2);
        StatisticsView *stats = f.page->statistics();
        auto *stack = stats->findChild<QStackedWidget *>();
        QCOMPARE(stack->currentIndex(), 0);  // the empty state
        shot(f.page.get(), QStringLiteral("statistics-empty"));
        QTest::mouseClick(stats->findChild<QPushButton *>(QStringLiteral("goToFlashcards")), Qt::LeftButton);
        QCOMPARE(f.page->tabs()->currentIndex(), 0);

        // A few days of answers.
        for (int day = 0; day < 12; ++day)
            for (int i = 0; i < 5; ++i)
                f.services.reviews.rate(QStringLiteral("t.q%1").arg(i), Rating(1 + (i + day) % 4 == 1 ? 1 : 3),
                                        at(2026, 2, 18, 9, i) + day * 86'400'000ll);
        f.page->tabs()->setCurrentIndex(2);
        QCOMPARE(stack->currentIndex(), 1);
        // Answers on each of the 12 days up to yesterday: the streak counts them all.
        QCOMPARE(stats->findChild<QLabel *>(QStringLiteral("streak"))->text(), QStringLiteral("12-day streak"));
        for (int chart = 0; chart < StatisticsView::ChartCount; ++chart) {
            QVERIFY(!stats->chartView(chart)->chart()->series().isEmpty());
            const QString png = dir.filePath(StatisticsView::chartFileName(chart));
            QVERIFY(stats->exportChart(chart, png));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY(image.width() >= 900);
        }
        shot(f.page.get(), QStringLiteral("statistics-light"));
        Theme::apply(Theme::Mode::Dark);
        QApplication::processEvents();
        stats->refresh();
        shot(f.page.get(), QStringLiteral("statistics-dark"));
        Theme::apply(Theme::Mode::Light);
    }

    void mockLoopRunsScoresAndSaves()
    {
        QTemporaryDir dir;
        Fixture f(dir.path(), loopDeck());
        FakeStories stories;
        f.services.storyDirectory = &stories;
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.page->tabs()->setCurrentIndex(1);
        MockInterviewView *mock = f.page->mockInterview();
        mock->setFocus();
        shot(f.page.get(), QStringLiteral("mock-setup"));
        QTest::keyClick(mock, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(mock->running());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d\\d:\\d\\d$")).match(mock->countdownText()).hasMatch(),
                 qPrintable(mock->countdownText()));
        shot(f.page.get(), QStringLiteral("mock-running"));
        // Walk to the behavioural round: both principle questions show what the user has.
        auto *storiesLabel = mock->findChild<QLabel *>(QStringLiteral("stories"));
        QStringList seen;
        for (int guard = 0; guard < 20 && mock->running(); ++guard) {
            if (storiesLabel->isVisible())
                seen << storiesLabel->text();
            QTest::keyClick(mock, Qt::Key_N, Qt::ControlModifier);
        }
        QCOMPARE(seen.size(), 2);
        const QString all = seen.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("The night the pipeline broke")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("No stories tagged")) && all.contains(QStringLiteral("Stories (Ctrl+4)")),
                 qPrintable(all));
        // The last Next leads to scoring; Ctrl+S saves the report into the history.
        QVERIFY(!mock->running());
        shot(f.page.get(), QStringLiteral("mock-scoring"));
        QTest::keyClick(mock, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(mock->history().reports().size(), std::size_t(1));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("mock-history.json"))));
        QCOMPARE(mock->findChild<QTreeWidget *>(QStringLiteral("history"))->topLevelItemCount(), 1);
        shot(f.page.get(), QStringLiteral("mock-history"));
    }
};

QTEST_MAIN(TestPracticePage)
#include "tst_practicepage.moc"
