#pragma once

#include "library/searchindex.h"
#include "page.h"

#include <functional>
#include <memory>
#include <QHash>
#include <QTimer>
#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTableView;
class QThread;
class QToolButton;
class QTreeView;
class QUrl;

namespace loopcraft {

class Navigator;
class QuestionTableModel;
class ReadingView;
class SavedSearchesDialog;
struct Question;
struct Services;

// The Library room: browse the question bank by category, search it (ranked, highlighted, with
// a small query language), read answers (optionally hidden for self-testing), bookmark, keep
// notes, and move decks in and out (Loopcraft JSON, Anki plain text).
class LibraryPage : public Page {
    Q_OBJECT
public:
    // Longest search text: a query is a few words, and a pasted page of text searched on the UI
    // thread costs about 25 ms per 1,000 characters at 100,000 questions (BM_SearchPasted).
    static constexpr int kMaxQueryLength = 1000;
    enum class Conflict { Replace, KeepBoth, Cancel };

    LibraryPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
    ~LibraryPage() override;

    void activated() override;

    // Shows a question, clearing the search and filters if they hide it.
    void selectQuestion(const QString &id);
    QString currentQuestionId() const;
    // Searches now instead of after the typing pause.
    void runSearch();
    // What the page searches for now, as one query: the typed text plus the filters and the
    // chosen category in the query language ("boost diff:hard cat:algorithms"). This is what
    // Save Search keeps, so running it again (or studying it) finds the same questions.
    QString currentSearchQuery() const;
    // Puts a saved search's query in the search box with the filters cleared (they are part of
    // the query) and runs it. False when there is no search of that name.
    bool runSavedSearch(const QString &name);
    // Imports a deck (.json) or Anki plain text (.txt/.tsv/.csv) into <data-dir>/decks.
    // Returns false with a sentence in message when nothing could be imported.
    bool importFile(const QString &path, QString *message = nullptr);
    // Exports the selected questions (or all listed when at most one is selected): .txt/.tsv
    // as Anki plain text, anything else as a Loopcraft deck.
    bool exportTo(const QString &path, QString *message = nullptr);
    // Asked when an imported deck's file already exists (a dialog unless replaced, e.g. in tests).
    // Blocks until the search index is built (tests, benchmarks; the app never waits).
    void waitForIndex();
    bool isIndexing() const { return m_indexer != nullptr; }
    void setConflictHandler(std::function<Conflict(const QString &file)> handler)
    {
        m_askConflict = std::move(handler);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void buildActions();
    void rebuildIndex();
    void ensureIndex();
    void startIndexing();
    void adoptIndex();
    void stopIndexing();
    void rebuildTree();
    void populateTags();
    void scheduleSearch();
    void updateTree(const QHash<QString, int> &counts, int total);
    void updateSummary(int shown);
    void showQuestion(int index);
    void showHelp();
    QString questionMarkdown(const Question &question) const;
    void onAnchor(const QUrl &url);
    void toggleBookmark();
    void reveal();
    void updateDetailButtons();
    void updateProblemsButton();
    void openImportDialog();
    void openExportDialog();
    void showProblems();
    void askToSaveSearch();
    void saveSearchAs(const QString &name, const QString &query);
    void rebuildSavedMenu();
    void showSavedMenu();
    void manageSavedSearches();
    void moveSelection(int delta);
    // Sets the search text and clears every filter without searching; the caller runs the search.
    void resetSearch(const QString &text);
    std::vector<const Question *> exportSelection() const;

    Services &m_services;
    Navigator *m_navigator;
    // The index is built on a worker thread so neither start-up nor the window waits for it;
    // the thread only reads the bank, and the page waits for it before the bank changes
    // (import). Below this size a search waits for the build; from it, it runs when ready.
    static constexpr std::size_t kBackgroundIndexFrom = 5000;
    std::shared_ptr<SearchIndex> m_index;     // null until built
    std::shared_ptr<SearchIndex> m_building;
    QThread *m_indexer = nullptr;
    bool m_searchAfterIndex = false;
    SearchResult m_result;

    QLineEdit *m_search = nullptr;
    QComboBox *m_difficulty = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_status = nullptr;
    QToolButton *m_problemsButton = nullptr;
    QToolButton *m_savedButton = nullptr;
    QMenu *m_savedMenu = nullptr;
    SavedSearchesDialog *m_savedDialog = nullptr;
    QTreeView *m_tree = nullptr;
    QStandardItemModel *m_treeModel = nullptr;
    QHash<QString, QStandardItem *> m_treeItems; // "" all, "cat", "cat/sub"
    QLabel *m_summary = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QLabel *m_listEmpty = nullptr;
    QTableView *m_table = nullptr;
    QuestionTableModel *m_model = nullptr;
    ReadingView *m_reader = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPushButton *m_conceptButton = nullptr;

    QAction *m_findAction = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_hideAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_conceptAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_problemsAction = nullptr;
    QAction *m_saveSearchAction = nullptr;
    QAction *m_savedMenuAction = nullptr;
    QAction *m_manageSearchesAction = nullptr;

    QTimer m_searchTimer;
    qint64 m_lastSearchMs = 0;
    QString m_lastQueryText;
    QString m_categoryFilter;
    int m_current = -1;
    bool m_revealed = false;
    bool m_loadingNote = false;
    std::function<Conflict(const QString &)> m_askConflict;
};

} // namespace loopcraft
