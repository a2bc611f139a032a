#include "library/deckexchange.h"
#include "library/highlightdelegate.h"
#include "library/librarypage.h"
#include "library/questiontablemodel.h"
#include "library/readingview.h"
#include "library/savedsearchesdialog.h"
#include "navigator.h"
#include "services.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <memory>

using namespace loopcraft;

namespace {

Question make(const QString &id, const QString &title, const QString &answer, const QStringList &tags,
              Difficulty difficulty)
{
    Question q;
    q.id = id;
    q.category = id.section(QLatin1Char('.'), 0, 0);
    q.title = title;
    q.prompt = title + QStringLiteral("?");
    q.answer = answer;
    q.tags = tags;
    q.difficulty = difficulty;
    q.keyPoints = {QStringLiteral("A key point.")};
    q.followUps = {QStringLiteral("A follow-up?")};
    return q;
}

class FakeStories : public StoryDirectory {
public:
    QList<StorySummary> storiesForPrinciple(const QString &id) const override
    {
        if (id == QLatin1String("ownership"))
            return {{QStringLiteral("s1"), QStringLiteral("The night the pipeline broke"), {id}}};
        return {};
    }
};

// A data folder with one user deck, and a page over it.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<Services> services;
    Navigator navigator;
    std::unique_ptr<LibraryPage> page;

    explicit Fixture(bool withQuestions = true)
    {
        services = std::make_unique<Services>(DataDirectory(dir.path()));
        services->data.ensureExists();
        if (withQuestions) {
            std::vector<Question> deck;
            deck.push_back(make(QStringLiteral("algorithms.boosting"), QStringLiteral("Fitting residuals with trees"),
                                QStringLiteral("Gradient boosting fits each new tree to the residuals."),
                                {QStringLiteral("xgboost")}, Difficulty::Hard));
            deck.back().related = {QStringLiteral("fundamentals.overfitting")};
            deck.push_back(make(QStringLiteral("fundamentals.overfitting"), QStringLiteral("Overfitting and how to avoid it"),
                                QStringLiteral("Regularization and more data reduce variance."),
                                {QStringLiteral("regularization")}, Difficulty::Easy));
            deck.back().conceptLink = ConceptLink{QStringLiteral("overfitting"), {{QStringLiteral("degree"), 15.0}}};
            deck.push_back(make(QStringLiteral("behavioral.ownership"), QStringLiteral("A time you owned a problem"),
                                QStringLiteral("Use the STAR shape."), {QStringLiteral("star")}, Difficulty::Medium));
            deck.back().principles = {QStringLiteral("ownership"), QStringLiteral("dive-deep")};
            std::vector<const Question *> pointers;
            for (const Question &q : deck)
                pointers.push_back(&q);
            DeckExchange::writeUserDeck(services->data.decksPath(), QStringLiteral("test"),
                                        DeckExchange::toDeckJson(pointers, QStringLiteral("Test")), false);
            services->questions.loadUserDecks(services->data.decksPath());
        }
        services->library.load(services->data.filePath(LibraryStore::fileName()));
        page = std::make_unique<LibraryPage>(*services, &navigator);
        page->resize(1100, 760);
        page->show();
    }

    QLineEdit *search() const { return page->findChild<QLineEdit *>(QStringLiteral("librarySearch")); }
    QTableView *table() const { return page->findChild<QTableView *>(QStringLiteral("questionTable")); }
    ReadingView *reader() const { return page->findChild<ReadingView *>(QStringLiteral("questionReader")); }
    QAbstractItemModel *model() const { return table()->model(); }
    QString title(int row) const { return model()->index(row, QuestionTableModel::TitleColumn).data().toString(); }
    QStringList titles() const
    {
        QStringList out;
        for (int r = 0; r < model()->rowCount(); ++r)
            out << title(r);
        return out;
    }
};

} // namespace

class TestLibraryPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingSearchesAndHighlights()
    {
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        QCOMPARE(f.model()->rowCount(), 3);
        QTest::keyClicks(f.search(), QStringLiteral("residual"));
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.title(0), QStringLiteral("Fitting residuals with trees"));

        // The list marks the matched word ...
        const QVariantList ranges = f.model()->index(0, QuestionTableModel::TitleColumn).data(QuestionTableModel::HighlightRole).toList();
        QCOMPARE(ranges.size(), 1);
        const QPoint range = ranges.first().toPoint();
        QCOMPARE(f.title(0).mid(range.x(), range.y()), QStringLiteral("residuals"));
        // ... and the delegate paints the marker where the rows are.
        f.table()->clearSelection();
        const QImage image = f.table()->viewport()->grab().toImage();
        const QColor marker = HighlightDelegate::highlightColor(f.table()->palette());
        const QRect row = f.table()->visualRect(f.model()->index(0, QuestionTableModel::TitleColumn));
        int markerPixels = 0;
        for (int y = row.top(); y <= row.bottom(); ++y)
            for (int x = row.left(); x <= row.right(); ++x)
                if (image.pixelColor(x * image.width() / f.table()->viewport()->width(),
                                     y * image.height() / f.table()->viewport()->height()) == marker)
                    ++markerPixels;
        QVERIFY(markerPixels > 20);
        // The detail pane marks it too (title, answer).
        QVERIFY(f.reader()->highlightedCharacters() >= 2 * int(QStringLiteral("residuals").size()));

        // Words that find nothing leave a sentence that teaches, not a blank list.
        QTest::keyClicks(f.search(), QStringLiteral(" zzzz"));
        QTRY_COMPARE(f.model()->rowCount(), 0);
        auto *stack = f.page->findChild<QStackedWidget *>();
        QVERIFY(stack->currentWidget()->objectName() == QStringLiteral("listEmpty"));
        QVERIFY(qobject_cast<QLabel *>(stack->currentWidget())->text().contains(QStringLiteral("clear")));

        // Esc clears the search and everything is back.
        f.search()->setFocus();
        QTest::keyClick(f.search(), Qt::Key_Escape);
        QTRY_COMPARE(f.model()->rowCount(), 3);
    }

    void queryLanguageAndFiltersReachTheList()
    {
        Fixture f;
        f.search()->setText(QStringLiteral("tag:xgboost"));
        f.page->runSearch();
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Fitting residuals with trees")});
        f.search()->setText(QStringLiteral("-diff:hard"));
        f.page->runSearch();
        QCOMPARE(f.model()->rowCount(), 2);
        f.search()->clear();
        auto *difficulty = f.page->findChild<QComboBox *>(QStringLiteral("difficultyFilter"));
        difficulty->setCurrentIndex(difficulty->findData(QStringLiteral("easy")));
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Overfitting and how to avoid it")});
        difficulty->setCurrentIndex(0);
        auto *tag = f.page->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("star")));
        QCOMPARE(f.titles(), QStringList{QStringLiteral("A time you owned a problem")});
    }

    void aPastedBlobIsCutToTheLongestQuery()
    {
        // Search runs on the UI thread; a pasted page of text must not hold it for seconds.
        Fixture f;
        QVERIFY(QTest::qWaitForWindowExposed(f.page.get()));
        f.search()->insert(QStringLiteral("residuals ").repeated(2000)); // what a paste does
        QCOMPARE(f.search()->text().size(), LibraryPage::kMaxQueryLength);
        QTRY_COMPARE(f.model()->rowCount(), 1);
        QCOMPARE(f.title(0), QStringLiteral("Fitting residuals with trees"));
    }

    void categoryTreeCountsAndFilters()
    {
        Fixture f;
        auto *tree = f.page->findChild<QTreeView *>(QStringLiteral("categoryTree"));
        auto *model = qobject_cast<QStandardItemModel *>(tree->model());
        QVERIFY(model->item(0)->text().contains(QStringLiteral("(3)")));
        QModelIndex algorithms;
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->item(r)->data(Qt::UserRole).toString() == QLatin1String("algorithms"))
                algorithms = model->index(r, 0);
        QVERIFY(algorithms.isValid());
        QVERIFY(algorithms.data().toString().contains(QStringLiteral("(1)")));
        tree->setCurrentIndex(algorithms);
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Fitting residuals with trees")});
        // Counts follow the search.
        f.search()->setText(QStringLiteral("regularization"));
        f.page->runSearch();
        QVERIFY(algorithms.data().toString().contains(QStringLiteral("(0)")));
        QVERIFY(model->item(0)->text().contains(QStringLiteral("(1)")));

        // Nothing matches the search in this category; the empty list's link clears both.
        QCOMPARE(f.model()->rowCount(), 0);
        auto *empty = f.page->findChild<QLabel *>(QStringLiteral("listEmpty"));
        QVERIFY(empty->isVisible());
        emit empty->linkActivated(QStringLiteral("clear:"));
        QCOMPARE(f.model()->rowCount(), 3);
        QVERIFY(f.search()->text().isEmpty());
        QCOMPARE(tree->currentIndex().row(), 0);
        QVERIFY(!empty->isVisible());
    }

    void ctrlFFocusesTheSearch()
    {
        Fixture f;
        QApplication::setActiveWindow(f.page.get());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(f.search()->hasFocus());
    }

    void theSearchIsOneQueryWithItsFilters()
    {
        Fixture f;
        QCOMPARE(f.page->currentSearchQuery(), QString());
        f.search()->setText(QStringLiteral("  fitting   trees "));
        QCOMPARE(f.page->currentSearchQuery(), QStringLiteral("fitting trees"));
        auto *tree = f.page->findChild<QTreeView *>(QStringLiteral("categoryTree"));
        auto *model = qobject_cast<QStandardItemModel *>(tree->model());
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->item(r)->data(Qt::UserRole).toString() == QLatin1String("algorithms"))
                tree->setCurrentIndex(model->index(r, 0));
        auto *difficulty = f.page->findChild<QComboBox *>(QStringLiteral("difficultyFilter"));
        difficulty->setCurrentIndex(difficulty->findData(QStringLiteral("hard")));
        auto *tag = f.page->findChild<QComboBox *>(QStringLiteral("tagFilter"));
        tag->setCurrentIndex(tag->findData(QStringLiteral("xgboost")));
        auto *status = f.page->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(SearchFilter::Status::New)));
        const QString query = f.page->currentSearchQuery();
        QCOMPARE(query, QStringLiteral("fitting trees cat:algorithms diff:hard tag:xgboost is:new"));
        // The one string finds what the page shows.
        const QStringList shown = f.titles();
        QCOMPARE(shown, QStringList{QStringLiteral("Fitting residuals with trees")});
        QVERIFY(f.services->library.addSavedSearch(QStringLiteral("All of it"), query));
        f.search()->clear();
        QVERIFY(f.page->runSavedSearch(QStringLiteral("all OF it")));
        QCOMPARE(difficulty->currentIndex(), 0);
        QCOMPARE(tag->currentIndex(), 0);
        QCOMPARE(status->currentIndex(), 0);
        QCOMPARE(f.search()->text(), query);
        QCOMPARE(f.titles(), shown);
        QVERIFY(!f.page->runSavedSearch(QStringLiteral("missing")));
    }

    void savedSearchesAreSavedRunRenamedAndDeleted()
    {
        Fixture f;
        QApplication::setActiveWindow(f.page.get());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        LibraryStore &library = f.services->library;
        auto *difficulty = f.page->findChild<QComboBox *>(QStringLiteral("difficultyFilter"));
        auto *menu = f.page->findChild<QMenu *>(QStringLiteral("savedSearchMenu"));
        QVERIFY(difficulty && menu);

        // Type a query, pick a filter, Ctrl+S, name it, Enter.
        QTest::keyClicks(f.search(), QStringLiteral("residuals"));
        difficulty->setCurrentIndex(difficulty->findData(QStringLiteral("hard")));
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Fitting residuals with trees")});
        QTest::keyClick(f.search(), Qt::Key_S, Qt::ControlModifier);
        QInputDialog *ask = nullptr;
        QTRY_VERIFY((ask = f.page->findChild<QInputDialog *>(QStringLiteral("saveSearchDialog"))) && ask->isVisible());
        auto *name = ask->findChild<QLineEdit *>();
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("residuals"));
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Hard trees"));
        QTest::keyClick(name, Qt::Key_Return);
        const QList<SavedSearch> saved{{QStringLiteral("Hard trees"), QStringLiteral("residuals diff:hard")}};
        QCOMPARE(library.savedSearches(), saved);

        // Saving under a taken name asks first; Cancel keeps the old query.
        f.search()->clear();
        difficulty->setCurrentIndex(difficulty->findData(QStringLiteral("easy")));
        QTest::keyClick(f.search(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY((ask = f.page->findChild<QInputDialog *>(QStringLiteral("saveSearchDialog"))) && ask->isVisible());
        QCOMPARE(ask->textValue(), QStringLiteral("diff:easy"));
        ask->findChild<QLineEdit *>()->selectAll();
        QTest::keyClicks(ask->findChild<QLineEdit *>(), QStringLiteral("hard TREES"));
        QTest::keyClick(ask->findChild<QLineEdit *>(), Qt::Key_Return);
        QMessageBox *replace = nullptr;
        QTRY_VERIFY((replace = f.page->findChild<QMessageBox *>(QStringLiteral("replaceSearchBox"))) && replace->isVisible());
        QTest::keyClick(replace, Qt::Key_Escape);
        QTRY_VERIFY(!f.page->findChild<QMessageBox *>(QStringLiteral("replaceSearchBox")));
        QCOMPARE(library.savedSearches(), saved);

        // Clear everything, then run it again from the menu with the keyboard (Ctrl+G, Enter).
        difficulty->setCurrentIndex(0);
        QCOMPARE(f.model()->rowCount(), 3);
        QApplication::setActiveWindow(f.page.get());  // offscreen does not hand it back after a dialog
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_G, Qt::ControlModifier);
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->activeAction());
        QCOMPARE(menu->activeAction()->data().toString(), QStringLiteral("Hard trees"));
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(!menu->isVisible());
        QCOMPARE(f.search()->text(), QStringLiteral("residuals diff:hard"));
        QCOMPARE(difficulty->currentIndex(), 0);
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Fitting residuals with trees")});

        // Manage (Ctrl+Shift+G): F2 renames in place, Delete removes; the menu follows.
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
        SavedSearchesDialog *manage = nullptr;
        QTRY_VERIFY((manage = f.page->findChild<SavedSearchesDialog *>()) && manage->isVisible());
        QTreeWidget *list = manage->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(manage->currentName(), QStringLiteral("Hard trees"));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_F2);
        QLineEdit *editor = nullptr;
        QTRY_VERIFY((editor = list->findChild<QLineEdit *>()) && editor->isVisible());
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Boosting & hard"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(library.savedSearches().first().name, QStringLiteral("Boosting & hard"));  // committed queued
        QTRY_COMPARE(manage->currentName(), QStringLiteral("Boosting & hard"));
        QCOMPARE(menu->actions().first()->data().toString(), QStringLiteral("Boosting & hard"));
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Boosting && hard"));  // no mnemonic
        QVERIFY(library.saveNow());
        LibraryStore reread;
        QCOMPARE(reread.load(f.services->data.filePath(LibraryStore::fileName())), QString());
        QCOMPARE(reread.savedSearches().first().query, QStringLiteral("residuals diff:hard"));
        QCOMPARE(reread.savedSearches().first().name, QStringLiteral("Boosting & hard"));

        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(library.savedSearches().isEmpty());
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QVERIFY(!menu->actions().first()->isEnabled());  // "No saved searches yet"
    }

    void hiddenAnswersRevealWithSpaceOrClick()
    {
        Fixture f;
        QApplication::setActiveWindow(f.page.get());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.page->selectQuestion(QStringLiteral("algorithms.boosting"));
        const QString answer = QStringLiteral("fits each new tree");
        QVERIFY(f.reader()->toPlainText().contains(answer));
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_H, Qt::ControlModifier);
        QVERIFY(!f.reader()->toPlainText().contains(answer));
        QVERIFY(!f.reader()->toPlainText().contains(QStringLiteral("A key point.")));
        // Space still types a space in the search box and the notes.
        QTest::keyClicks(f.search(), QStringLiteral("a b"));
        QCOMPARE(f.search()->text(), QStringLiteral("a b"));
        QVERIFY(!f.reader()->toPlainText().contains(answer));
        f.search()->clear();
        f.page->selectQuestion(QStringLiteral("algorithms.boosting"));
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_Space);
        QVERIFY(f.reader()->toPlainText().contains(answer));
        // The next question is hidden again; a click on the text reveals it.
        f.page->selectQuestion(QStringLiteral("fundamentals.overfitting"));
        QVERIFY(!f.reader()->toPlainText().contains(QStringLiteral("reduce variance")));
        QTest::mouseClick(f.reader()->viewport(), Qt::LeftButton, {}, QPoint(300, 5));
        QVERIFY(f.reader()->toPlainText().contains(QStringLiteral("reduce variance")));
    }

    void bookmarksAndNotesAreKept()
    {
        Fixture f;
        QApplication::setActiveWindow(f.page.get());
        QVERIFY(QTest::qWaitForWindowActive(f.page.get()));
        f.page->selectQuestion(QStringLiteral("fundamentals.overfitting"));
        f.table()->setFocus();
        QTest::keyClick(f.table(), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(f.services->library.isBookmarked(QStringLiteral("fundamentals.overfitting")));
        const int row = f.table()->currentIndex().row();
        QVERIFY(f.model()->index(row, QuestionTableModel::StatusColumn).data().toString().contains(QStringLiteral("★")));
        f.search()->setText(QStringLiteral("is:bookmarked"));
        f.page->runSearch();
        QCOMPARE(f.titles(), QStringList{QStringLiteral("Overfitting and how to avoid it")});

        QSignalSpy status(&f.navigator, &Navigator::statusMessage);
        auto *notes = f.page->findChild<QPlainTextEdit *>(QStringLiteral("notesEditor"));
        QTest::keyClicks(notes, QStringLiteral("Remember **lambda**."));
        QCOMPARE(f.services->library.note(QStringLiteral("fundamentals.overfitting")), QStringLiteral("Remember **lambda**."));
        QTRY_VERIFY_WITH_TIMEOUT(!f.services->library.hasUnsavedChanges(), 3000);
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().first().toString(), QStringLiteral("Saved"));
        LibraryStore reread;
        reread.load(f.services->data.filePath(LibraryStore::fileName()));
        QCOMPARE(reread.note(QStringLiteral("fundamentals.overfitting")), QStringLiteral("Remember **lambda**."));
        QVERIFY(reread.isBookmarked(QStringLiteral("fundamentals.overfitting")));
    }

    void linksLeadToQuestionsConceptsAndPrinciples()
    {
        Fixture f;
        FakeStories stories;
        f.services->storyDirectory = &stories;
        f.page->selectQuestion(QStringLiteral("algorithms.boosting"));
        QVERIFY(f.reader()->toPlainText().contains(QStringLiteral("Overfitting and how to avoid it")));
        emit f.reader()->anchorClicked(QUrl(QStringLiteral("question:fundamentals.overfitting")));
        QCOMPARE(f.page->currentQuestionId(), QStringLiteral("fundamentals.overfitting"));

        auto *conceptButton = f.page->findChild<QPushButton *>(QStringLiteral("conceptButton"));
        QVERIFY(conceptButton->isVisible());
        QSignalSpy concepts(&f.navigator, &Navigator::conceptRequested);
        QTest::mouseClick(conceptButton, Qt::LeftButton);
        QCOMPARE(concepts.size(), 1);
        QCOMPARE(concepts.first().at(0).toString(), QStringLiteral("overfitting"));
        QCOMPARE(concepts.first().at(1).toMap().value(QStringLiteral("degree")).toDouble(), 15.0);

        // Another room asks for a question hidden by the current search: it is shown anyway.
        f.search()->setText(QStringLiteral("residuals"));
        f.page->runSearch();
        emit f.navigator.questionRequested(QStringLiteral("behavioral.ownership"));
        QCOMPARE(f.page->currentQuestionId(), QStringLiteral("behavioral.ownership"));
        QVERIFY(!conceptButton->isVisible());
        const QString text = f.reader()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("The night the pipeline broke")));
        QVERIFY(text.contains(QStringLiteral("No stories yet — write one in Stories (Ctrl+4)")));
        QSignalSpy principles(&f.navigator, &Navigator::principleRequested);
        emit f.reader()->anchorClicked(QUrl(QStringLiteral("principle:ownership")));
        QCOMPARE(principles.size(), 1);
        QCOMPARE(principles.first().first().toString(), QStringLiteral("ownership"));
    }

    void importAndExportThroughThePage()
    {
        Fixture f;
        const QString anki = f.dir.filePath(QStringLiteral("My Cards.txt"));
        {
            QFile out(anki);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("What is a <b>Bloom filter</b>?\tA probabilistic set.\tdata-structures\nbroken line\n");
        }
        QString message;
        QVERIFY2(f.page->importFile(anki, &message), qPrintable(message));
        QVERIFY(QFile::exists(QDir(f.services->data.decksPath()).filePath(QStringLiteral("my-cards.json"))));
        QCOMPARE(f.model()->rowCount(), 4);
        f.search()->setText(QStringLiteral("bloom"));
        f.page->runSearch();
        QCOMPARE(f.model()->rowCount(), 1);
        auto *problems = f.page->findChild<QToolButton *>(QStringLiteral("problemsButton"));
        QVERIFY(problems->text().contains(QStringLiteral("1")));

        // Same name again: never overwritten without asking; "keep both" writes a second file.
        int asked = 0;
        f.page->setConflictHandler([&asked](const QString &) {
            ++asked;
            return LibraryPage::Conflict::KeepBoth;
        });
        QVERIFY2(f.page->importFile(anki, &message), qPrintable(message));
        QCOMPARE(asked, 1);
        QCOMPARE(f.services->questions.questions().size(), std::size_t(5));  // fresh ids, no clash
        QVERIFY(QFile::exists(QDir(f.services->data.decksPath()).filePath(QStringLiteral("my-cards-2.json"))));

        // Export what is listed, as a deck that reads back the same.
        f.search()->clear();
        f.page->runSearch();
        const QString deck = f.dir.filePath(QStringLiteral("out.json"));
        QVERIFY(f.page->exportTo(deck, &message));
        QFile in(deck);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QList<LoadProblem> parseProblems;
        QCOMPARE(int(QuestionBank::parseDeck(in.readAll(), deck, parseProblems).size()), f.model()->rowCount());
        QVERIFY(parseProblems.isEmpty());
    }

    void badImportsChangeNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray deck = R"({"schema": 1, "questions": [{"id": "a.b", "category": "a", "prompt": "p", "answer": "x", "difficulty": "easy"}]})";
        QTest::newRow("truncated deck") << "deck.json" << deck.left(deck.size() / 2);
        QTest::newRow("wrong-typed deck") << "deck.json" << QByteArray(R"({"schema": 1, "questions": {"id": 3}})");
        QTest::newRow("question of wrong types") << "deck.json"
                                                 << QByteArray(R"({"schema": 1, "questions": [{"id": 5, "prompt": []}]})");
        QTest::newRow("empty text") << "cards.txt" << QByteArray();
        QByteArray random(700, '\0');
        for (int i = 0; i < random.size(); ++i)
            random[i] = char((i * 7919 + 13) % 256);
        QTest::newRow("random bytes as deck") << "deck.json" << random;
        QTest::newRow("random bytes as text") << "cards.txt" << random;
    }
    void badImportsChangeNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        Fixture f;
        const QString path = f.dir.filePath(name);
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        const QStringList before = QDir(f.services->data.decksPath()).entryList(QDir::Files);
        QString message;
        QVERIFY(!f.page->importFile(path, &message));
        QVERIFY(message.contains(QStringLiteral("No questions")));
        QCOMPARE(QDir(f.services->data.decksPath()).entryList(QDir::Files), before);
        QCOMPARE(f.model()->rowCount(), 3);
    }

    void replacingADeckReloadsIt()
    {
        Fixture f;
        const QString path = f.dir.filePath(QStringLiteral("test.json"));  // same name as the fixture's deck
        Question q;
        q.id = QStringLiteral("math.bayes");
        q.category = QStringLiteral("math");
        q.title = q.prompt = QStringLiteral("Bayes' rule");
        q.answer = QStringLiteral("Posterior is prior times likelihood.");
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(DeckExchange::toDeckJson({&q}, QStringLiteral("Test")));
        }
        f.page->setConflictHandler([](const QString &) { return LibraryPage::Conflict::Cancel; });
        QString message;
        QVERIFY(!f.page->importFile(path, &message));
        QCOMPARE(f.model()->rowCount(), 3);
        f.page->setConflictHandler([](const QString &) { return LibraryPage::Conflict::Replace; });
        QVERIFY2(f.page->importFile(path, &message), qPrintable(message));
        // The bank is read again (shipped decks too): the old deck's questions are gone.
        QVERIFY(f.titles().contains(QStringLiteral("Bayes' rule")));
        QVERIFY(!f.titles().contains(QStringLiteral("Fitting residuals with trees")));
        QVERIFY(f.services->questions.find(QStringLiteral("algorithms.boosting")) == nullptr);
    }

    void bigBanksAreIndexedWithoutBlocking()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        std::vector<Question> many;
        for (int i = 0; i < 6000; ++i)
            many.push_back(make(QStringLiteral("math.q%1").arg(i), QStringLiteral("Question %1").arg(i),
                                QStringLiteral("About topic%1 and more.").arg(i % 10), {}, Difficulty::Medium));
        services.questions.addQuestions(std::move(many), QStringLiteral("many"), true);
        Navigator navigator;
        LibraryPage page(services, &navigator);
        page.show();
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("librarySearch"));
        auto *table = page.findChild<QTableView *>(QStringLiteral("questionTable"));
        QCOMPARE(table->model()->rowCount(), 6000);  // shown before any index exists
        search->setText(QStringLiteral("topic3"));
        page.runSearch();  // returns at once; the search runs when the index is ready
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 600, 20000);
        QVERIFY(!page.isIndexing());
    }

    void emptyLibraryTeachesHowToStart()
    {
        Fixture f(false);
        auto *stack = f.page->findChild<QStackedWidget *>();
        auto *label = qobject_cast<QLabel *>(stack->currentWidget());
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("Import")));
        QVERIFY(f.reader()->toPlainText().contains(QStringLiteral("tag:xgboost")));
    }
};

QTEST_MAIN(TestLibraryPage)
#include "tst_librarypage.moc"
