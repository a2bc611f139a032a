#include "librarypage.h"

#include "highlightdelegate.h"
#include "library/deckexchange.h"
#include "navigator.h"
#include "problemsdialog.h"
#include "questiontablemodel.h"
#include "readingview.h"
#include "savedsearchesdialog.h"
#include "services.h"

#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace loopcraft {

namespace {

// A search that took longer than this runs after a typing pause instead of on every key.
constexpr qint64 kInstantSearchMs = 8;
constexpr int kTypingPauseMs = 80;

QString searchHelpMarkdown()
{
    return LibraryPage::tr(
        "| you type | finds |\n"
        "| --- | --- |\n"
        "| `overfit` | words by stem and prefix; five letters or more forgive one typo |\n"
        "| `\"learning rate\"` | the exact phrase |\n"
        "| `-word` | questions without the word (also `-tag:x`, `-cat:x`) |\n"
        "| `w*ld`, `gr_d` | `*` any letters, `_` one letter |\n"
        "| `tag:xgboost` `cat:coding` `diff:hard` | by tag, category, difficulty |\n"
        "| `is:bookmarked` `is:due` `is:new` `is:learn` `is:review` | by your bookmarks and review state |\n"
        "| `prop:ivl>=10` | review interval in days (also `>`, `<`, `<=`, `=`) |\n");
}

} // namespace

LibraryPage::LibraryPage(Services &services, Navigator *navigator, QWidget *parent)
    : Page(parent), m_services(services), m_navigator(navigator)
{
    m_askConflict = [this](const QString &file) {
        QMessageBox box(QMessageBox::Question, tr("A deck with this name exists"),
                        tr("%1 is already in your decks folder.").arg(QDir::toNativeSeparators(file)),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Replace it with the imported one, or keep both?"));
        QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::DestructiveRole);
        QPushButton *both = box.addButton(tr("&Keep Both"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(both);
        box.exec();
        if (box.clickedButton() == replace)
            return Conflict::Replace;
        if (box.clickedButton() == both)
            return Conflict::KeepBoth;
        return Conflict::Cancel;
    };
    buildUi();
    buildActions();

    m_searchTimer.setSingleShot(true);
    connect(&m_searchTimer, &QTimer::timeout, this, &LibraryPage::runSearch);

    connect(&m_services.library, &LibraryStore::changed, this, [this](const QString &) {
        m_model->refreshStatus();
        updateDetailButtons();
    });
    connect(&m_services.library, &LibraryStore::saved, this, [this] {
        if (m_navigator)
            m_navigator->notify(tr("Saved"), 2000);
    });
    connect(&m_services.library, &LibraryStore::saveFailed, this, [this](const QString &error) {
        if (m_navigator)
            m_navigator->notify(error, 8000);
    });
    connect(&m_services.library, &LibraryStore::savedSearchesChanged, this, &LibraryPage::rebuildSavedMenu);
    if (m_navigator)
        connect(m_navigator, &Navigator::questionRequested, this, &LibraryPage::selectQuestion);

    rebuildIndex();
    runSearch();
    // The index is built on a worker thread from the first turn of the event loop, beside the
    // first paint rather than before it; a search typed earlier waits for it (small banks) or
    // runs when it is ready (big ones).
    QTimer::singleShot(0, this, [this] {
        if (!m_index && !m_indexer)
            startIndexing();
    });
}

LibraryPage::~LibraryPage()
{
    if (m_indexer)
        m_indexer->wait();
}

void LibraryPage::buildUi()
{
    // Filter bar: search, difficulty, tag, status, problems, import/export.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setPlaceholderText(
        tr("Search  (Ctrl+F)   e.g.  bias variance   tag:xgboost   diff:hard   \"exact phrase\"   -word"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaxLength(kMaxQueryLength);
    m_search->setAccessibleName(tr("Search questions"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &LibraryPage::scheduleSearch);

    m_difficulty = new QComboBox(this);
    m_difficulty->setObjectName(QStringLiteral("difficultyFilter"));
    m_difficulty->setAccessibleName(tr("Difficulty"));
    m_difficulty->addItem(tr("Any difficulty"));
    m_difficulty->addItem(tr("Easy"), QStringLiteral("easy"));
    m_difficulty->addItem(tr("Medium"), QStringLiteral("medium"));
    m_difficulty->addItem(tr("Hard"), QStringLiteral("hard"));

    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    m_tag->setAccessibleName(tr("Tag"));
    m_tag->setMaxVisibleItems(20);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(12);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), int(SearchFilter::Status::Any));
    m_status->addItem(tr("★ Bookmarked"), int(SearchFilter::Status::Bookmarked));
    m_status->addItem(tr("Due"), int(SearchFilter::Status::Due));
    m_status->addItem(tr("New"), int(SearchFilter::Status::New));
    m_status->addItem(tr("Learning"), int(SearchFilter::Status::Learning));
    m_status->addItem(tr("Review"), int(SearchFilter::Status::Review));
    for (QComboBox *combo : {m_difficulty, m_tag, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &LibraryPage::runSearch);

    // Saved searches: run one again, save this one, manage them (a menu beside the search box).
    m_savedMenu = new QMenu(this);
    m_savedMenu->setObjectName(QStringLiteral("savedSearchMenu"));
    m_savedButton = new QToolButton(this);
    m_savedButton->setObjectName(QStringLiteral("savedSearchButton"));
    m_savedButton->setText(tr("Saved ▾"));
    // Fusion draws the instant-popup arrow over short text; the ▾ in the text says the same.
    m_savedButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_savedButton->setAccessibleName(tr("Saved searches"));
    m_savedButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_savedButton->setPopupMode(QToolButton::InstantPopup);
    m_savedButton->setMenu(m_savedMenu);

    m_problemsButton = new QToolButton(this);
    m_problemsButton->setObjectName(QStringLiteral("problemsButton"));
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *importButton = new QToolButton(this);
    importButton->setObjectName(QStringLiteral("importButton"));
    auto *exportButton = new QToolButton(this);
    exportButton->setObjectName(QStringLiteral("exportButton"));

    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_savedButton);
    bar->addWidget(m_difficulty);
    bar->addWidget(m_tag);
    bar->addWidget(m_status);
    bar->addSpacing(8);
    bar->addWidget(m_problemsButton);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);

    // Left: categories with counts.
    m_treeModel = new QStandardItemModel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("categoryTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setHeaderHidden(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Categories"));
    m_tree->setMinimumWidth(150);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_categoryFilter = current.isValid() ? current.data(Qt::UserRole).toString() : QString();
                runSearch();
            });

    // Middle: the list, or a sentence when it is empty.
    m_model = new QuestionTableModel(m_services, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("questionTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // 100,000 rows stay cheap
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionTableModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionTableModel::CategoryColumn,
                                                      QHeaderView::Interactive);
    // Narrow fixed columns leave the title most of the width; all can be dragged wider.
    m_table->horizontalHeader()->resizeSection(QuestionTableModel::CategoryColumn, 100);
    m_table->horizontalHeader()->resizeSection(QuestionTableModel::DifficultyColumn, 68);
    m_table->horizontalHeader()->resizeSection(QuestionTableModel::StatusColumn, 64);
    m_table->horizontalHeader()->resizeSection(QuestionTableModel::TagsColumn, 96);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAccessibleName(tr("Questions"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showQuestion(m_model->questionAt(current.row())); });

    m_listEmpty = new QLabel(this);
    m_listEmpty->setObjectName(QStringLiteral("listEmpty"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->setAlignment(Qt::AlignCenter);
    m_listEmpty->setContentsMargins(24, 24, 24, 24);
    m_listEmpty->setTextFormat(Qt::RichText);
    m_listEmpty->setOpenExternalLinks(false);
    connect(m_listEmpty, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("import:"))
            openImportDialog();
        else if (link == QLatin1String("clear:")) {
            resetSearch({});
            runSearch();
        }
    });
    m_listStack = new QStackedWidget(this);
    m_listStack->addWidget(m_table);
    m_listStack->addWidget(m_listEmpty);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(4);
    middleLayout->addWidget(m_summary);
    middleLayout->addWidget(m_listStack, 1);

    // Right: the question to read, its buttons, and the user's notes.
    m_reader = new ReadingView(this);
    m_reader->setObjectName(QStringLiteral("questionReader"));
    m_reader->setAccessibleName(tr("Question and answer"));
    connect(m_reader, &QTextBrowser::anchorClicked, this, &LibraryPage::onAnchor);
    connect(m_reader, &ReadingView::clicked, this, [this] {
        if (m_hideAction->isChecked() && !m_revealed)
            reveal();
    });

    auto *bookmarkButton = new QToolButton(this);
    bookmarkButton->setObjectName(QStringLiteral("bookmarkButton"));
    bookmarkButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *hideButton = new QToolButton(this);
    hideButton->setObjectName(QStringLiteral("hideAnswersButton"));
    hideButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_conceptButton = new QPushButton(this);
    m_conceptButton->setObjectName(QStringLiteral("conceptButton"));

    auto *detailBar = new QHBoxLayout;
    detailBar->setContentsMargins(12, 0, 12, 0);
    detailBar->addWidget(bookmarkButton);
    detailBar->addWidget(hideButton);
    detailBar->addStretch(1);
    detailBar->addWidget(m_conceptButton);

    m_notesLabel = new QLabel(tr("Your notes (Markdown, saved as you type)"), this);
    m_notesLabel->setContentsMargins(12, 0, 12, 0);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEditor"));
    m_notes->setAccessibleName(tr("Your notes"));
    m_notes->setPlaceholderText(
        tr("What you want to remember: your own example, a mistake you made, a link…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(110);
    m_notes->setMinimumHeight(70);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingNote || m_current < 0)
            return;
        m_services.library.setNote(m_services.questions.questions()[static_cast<std::size_t>(m_current)].id,
                                   m_notes->toPlainText());
    });

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(6);
    detailLayout->addLayout(detailBar);
    detailLayout->addWidget(m_reader, 1);
    detailLayout->addWidget(m_notesLabel);
    auto *notesBox = new QHBoxLayout;
    notesBox->setContentsMargins(12, 0, 12, 0);
    notesBox->addWidget(m_notes);
    detailLayout->addLayout(notesBox);

    // Categories above the list, the reading column beside them: the list gets the width its
    // five columns need and the answer keeps its comfortable line length.
    auto *browse = new QSplitter(Qt::Vertical, this);
    browse->setObjectName(QStringLiteral("browseSplitter"));
    browse->setChildrenCollapsible(false);
    browse->addWidget(m_tree);
    browse->addWidget(middle);
    browse->setStretchFactor(0, 0);
    browse->setStretchFactor(1, 1);
    browse->setSizes({170, 560});
    m_tree->setMinimumHeight(90);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("librarySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(browse);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 540});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    // Buttons show the actions (text, shortcut in the tooltip); built in buildActions().
    m_problemsButton->setProperty("lc_role", QStringLiteral("problems"));
    importButton->setProperty("lc_role", QStringLiteral("import"));
    exportButton->setProperty("lc_role", QStringLiteral("export"));
    bookmarkButton->setProperty("lc_role", QStringLiteral("bookmark"));
    hideButton->setProperty("lc_role", QStringLiteral("hide"));
}

void LibraryPage::buildActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                                          shortcut.toString(QKeySequence::NativeText)));
        addAction(action); // active while this page is the one shown
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_findAction = make(tr("&Find"), QKeySequence::Find, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_bookmarkAction = make(tr("&Bookmark"), QKeySequence(tr("Ctrl+D")), [this] { toggleBookmark(); });
    m_bookmarkAction->setCheckable(true);
    m_hideAction = make(tr("&Hide Answers"), QKeySequence(tr("Ctrl+H")), [this] {
        m_revealed = false;
        if (m_current >= 0)
            showQuestion(m_current);
    });
    m_hideAction->setCheckable(true);
    m_revealAction = make(tr("&Reveal Answer"), QKeySequence(Qt::Key_Space), [this] { reveal(); });
    m_revealAction->setEnabled(false);
    m_conceptAction = make(tr("Open in &Concepts"), QKeySequence(tr("Ctrl+Shift+O")), [this] {
        if (m_current < 0)
            return;
        const Question &q = m_services.questions.questions()[static_cast<std::size_t>(m_current)];
        if (q.conceptLink && m_navigator)
            m_navigator->openConcept(q.conceptLink->page, q.conceptLink->params);
    });
    m_importAction = make(tr("&Import…"), QKeySequence(tr("Ctrl+I")), [this] { openImportDialog(); });
    m_exportAction = make(tr("&Export…"), QKeySequence(tr("Ctrl+Shift+E")), [this] { openExportDialog(); });
    m_problemsAction = make(tr("&Problems"), QKeySequence(tr("Ctrl+Shift+P")), [this] { showProblems(); });
    // Ctrl+S: the Library has nothing else to save (notes save themselves), and the other
    // rooms' Ctrl+S are scoped to them as this one is to the Library.
    m_saveSearchAction = make(tr("&Save Search…"), QKeySequence::Save, [this] { askToSaveSearch(); });
    m_saveSearchAction->setObjectName(QStringLiteral("saveSearchAction"));
    m_savedMenuAction = make(tr("Saved Searches"), QKeySequence(tr("Ctrl+G")), [this] { showSavedMenu(); });
    m_manageSearchesAction =
        make(tr("&Manage Saved Searches…"), QKeySequence(tr("Ctrl+Shift+G")), [this] { manageSavedSearches(); });
    m_savedButton->setToolTip(tr("Run a saved search (%1); save this one (%2)")
                                  .arg(m_savedMenuAction->shortcut().toString(QKeySequence::NativeText),
                                       m_saveSearchAction->shortcut().toString(QKeySequence::NativeText)));
    rebuildSavedMenu();
    auto *clear = new QAction(tr("Clear Search"), m_search);
    clear->setShortcut(QKeySequence(Qt::Key_Escape));
    clear->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clear);
    connect(clear, &QAction::triggered, m_search, &QLineEdit::clear);

    for (auto *button : findChildren<QToolButton *>()) {
        const QString role = button->property("lc_role").toString();
        if (role == QLatin1String("problems"))
            button->setDefaultAction(m_problemsAction);
        else if (role == QLatin1String("import"))
            button->setDefaultAction(m_importAction);
        else if (role == QLatin1String("export"))
            button->setDefaultAction(m_exportAction);
        else if (role == QLatin1String("bookmark"))
            button->setDefaultAction(m_bookmarkAction);
        else if (role == QLatin1String("hide"))
            button->setDefaultAction(m_hideAction);
    }
    m_conceptButton->setText(tr("Open in Concepts"));
    m_conceptButton->setToolTip(m_conceptAction->toolTip());
    connect(m_conceptButton, &QPushButton::clicked, m_conceptAction, &QAction::trigger);
    updateProblemsButton();
    updateDetailButtons();
}

bool LibraryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Up and Down in the search box walk the list, so the keyboard never has to leave it.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            moveSelection(key->key() == Qt::Key_Down ? 1 : -1);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            runSearch();
            m_table->setFocus();
            return true;
        }
    }
    return Page::eventFilter(watched, event);
}

void LibraryPage::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = std::clamp(m_table->currentIndex().row() + delta, 0, rows - 1);
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void LibraryPage::activated()
{
    // Review state may have changed in Practice.
    m_model->refreshStatus();
}

void LibraryPage::rebuildIndex()
{
    stopIndexing();
    m_index.reset();
    rebuildTree();
    populateTags();
    updateProblemsButton();
}

void LibraryPage::ensureIndex()
{
    if (m_index)
        return;
    if (!m_indexer)
        startIndexing();
    // A small bank indexes in milliseconds: waiting beats showing "Indexing…" for a blink.
    if (m_services.questions.questions().size() < kBackgroundIndexFrom)
        adoptIndex();
}

void LibraryPage::startIndexing()
{
    m_building = std::make_shared<SearchIndex>();
    auto building = m_building;
    const std::vector<Question> *questions = &m_services.questions.questions();
    m_indexer = QThread::create([building, questions] { building->build(*questions); });
    m_indexer->setParent(this);
    connect(m_indexer, &QThread::finished, this, [this, thread = m_indexer] {
        if (thread == m_indexer)  // not one stopped since
            adoptIndex();
    });
    m_indexer->start(QThread::LowPriority);
}

void LibraryPage::adoptIndex()
{
    if (!m_indexer)
        return;
    m_indexer->wait();
    m_indexer->deleteLater();
    m_indexer = nullptr;
    m_index = std::move(m_building);
    if (m_searchAfterIndex) {
        m_searchAfterIndex = false;
        runSearch();
    }
}

void LibraryPage::stopIndexing()
{
    if (!m_indexer)
        return;
    m_indexer->wait();
    m_indexer->deleteLater();
    m_indexer = nullptr;
    m_building.reset();
}

void LibraryPage::waitForIndex()
{
    ensureIndex();
    adoptIndex();
}

void LibraryPage::rebuildTree()
{
    const QString keep = m_categoryFilter;
    m_treeModel->clear();
    m_treeItems.clear();
    auto *all = new QStandardItem(tr("All questions"));
    all->setData(QString(), Qt::UserRole);
    m_treeModel->appendRow(all);
    m_treeItems.insert(QString(), all);
    QHash<QString, QStringList> subcategories;
    for (const Question &q : m_services.questions.questions())
        if (!q.subcategory.isEmpty() && !subcategories[q.category].contains(q.subcategory))
            subcategories[q.category] << q.subcategory;
    for (const QString &category : m_services.questions.categories()) {
        auto *item = new QStandardItem(categoryTitle(category));
        item->setData(category, Qt::UserRole);
        item->setData(categoryTitle(category), Qt::UserRole + 1);
        QStringList subs = subcategories.value(category);
        subs.sort(Qt::CaseInsensitive);
        for (const QString &sub : subs) {
            auto *child = new QStandardItem(sub);
            const QString key = category + QLatin1Char('/') + sub;
            child->setData(key, Qt::UserRole);
            child->setData(sub, Qt::UserRole + 1);
            item->appendRow(child);
            m_treeItems.insert(key, child);
        }
        m_treeModel->appendRow(item);
        m_treeItems.insert(category, item);
    }
    all->setData(tr("All questions"), Qt::UserRole + 1);
    // A small tree shows its subcategories at once; a big one starts folded.
    if (m_treeItems.size() <= 24)
        m_tree->expandAll();
    const QSignalBlocker block(m_tree->selectionModel());
    QStandardItem *current = m_treeItems.value(keep, all);
    m_categoryFilter = current->data(Qt::UserRole).toString();
    m_tree->setCurrentIndex(current->index());
}

void LibraryPage::populateTags()
{
    const QString keep = m_tag->currentData().toString();
    QHash<QString, int> counts;
    for (const Question &q : m_services.questions.questions())
        for (const QString &tag : q.tags)
            ++counts[tag];
    QStringList tags = counts.keys();
    tags.sort();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"));
    for (const QString &tag : tags)
        m_tag->addItem(tr("%1 (%2)").arg(tag).arg(counts.value(tag)), tag);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(keep)));
}

void LibraryPage::scheduleSearch()
{
    // Cheap searches run on the next turn of the event loop (every key); dear ones wait for a
    // pause in typing, so the list never freezes under the fingers.
    m_searchTimer.start(m_lastSearchMs <= kInstantSearchMs ? 0 : kTypingPauseMs);
}

void LibraryPage::runSearch()
{
    m_searchTimer.stop();
    QElapsedTimer clock;
    clock.start();
    SearchFilter filter;
    if (const QString d = m_difficulty->currentData().toString(); !d.isEmpty())
        filter.difficulty = difficultyFromId(d);
    filter.tag = m_tag->currentData().toString();
    filter.status = static_cast<SearchFilter::Status>(m_status->currentData().toInt());
    SearchContext context;
    context.bookmarks = &m_services.library.bookmarks();
    context.studyState = m_services.studyState;
    const QString text = m_search->text();
    if (text.trimmed().isEmpty() && filter.isEmpty()) {
        // Everything, in bank order: no index needed (the first view at start-up).
        m_result = {};
        m_result.hits.reserve(m_services.questions.questions().size());
        for (int i = 0; i < int(m_services.questions.questions().size()); ++i)
            m_result.hits.push_back({i, 0.0f});
    } else {
        ensureIndex();
        if (!m_index) {
            // A big bank is still being indexed: keep the list, search when it is ready.
            m_searchAfterIndex = true;
            m_summary->setText(tr("Indexing %1 questions for search…").arg(m_services.questions.questions().size()));
            return;
        }
        m_result = m_index->search(text, filter, context);
    }

    // A new typed query ranks by relevance and shows its best match; changing only the
    // filters keeps the chosen sort and the question being read.
    const bool newQuery = text.trimmed() != m_lastQueryText.trimmed();
    if (newQuery && !text.trimmed().isEmpty())
        m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_lastQueryText = text;

    // The category tree counts what the query finds in each category; the list shows the
    // chosen category only.
    const auto &questions = m_services.questions.questions();
    QHash<QString, int> counts;
    std::vector<int> rows;
    rows.reserve(m_result.hits.size());
    const QString category = m_categoryFilter.section(QLatin1Char('/'), 0, 0);
    const QString subcategory = m_categoryFilter.section(QLatin1Char('/'), 1);
    for (const SearchHit &hit : m_result.hits) {
        const Question &q = questions[static_cast<std::size_t>(hit.question)];
        ++counts[q.category];
        if (!q.subcategory.isEmpty())
            ++counts[q.category + QLatin1Char('/') + q.subcategory];
        if (category.isEmpty() ||
            (q.category == category && (subcategory.isEmpty() || q.subcategory == subcategory)))
            rows.push_back(hit.question);
    }
    updateTree(counts, int(m_result.hits.size()));

    const int keep = newQuery && !text.trimmed().isEmpty() ? -1 : m_current;
    m_model->setRows(std::move(rows), m_result);
    updateSummary(m_model->rowCount());
    m_listStack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_listEmpty);
    const int row = keep >= 0 ? m_model->rowOfQuestion(keep) : -1;
    if (m_model->rowCount() == 0) {
        showQuestion(-1);
    } else {
        const int target = row >= 0 ? row : 0;
        const QSignalBlocker block(m_table->selectionModel());
        m_table->selectRow(target);
        m_table->scrollTo(m_model->index(target, 0));
        showQuestion(m_model->questionAt(target));
    }
    m_lastSearchMs = clock.elapsed();
}

QString LibraryPage::currentSearchQuery() const
{
    QStringList parts;
    if (const QString text = m_search->text().simplified(); !text.isEmpty())
        parts << text;
    // A value with a space cannot be one query word; '_' matches any one character, the space too.
    auto value = [](QString text) { return text.replace(QLatin1Char(' '), QLatin1Char('_')); };
    const QString category = m_categoryFilter.section(QLatin1Char('/'), 0, 0);
    const QString subcategory = m_categoryFilter.section(QLatin1Char('/'), 1);
    // cat: matches a category or a subcategory, so a subcategory keeps its category beside it.
    if (!category.isEmpty())
        parts << QStringLiteral("cat:") + value(category);
    if (!subcategory.isEmpty())
        parts << QStringLiteral("cat:") + value(subcategory);
    if (const QString d = m_difficulty->currentData().toString(); !d.isEmpty())
        parts << QStringLiteral("diff:") + d;
    if (const QString tag = m_tag->currentData().toString(); !tag.isEmpty())
        parts << QStringLiteral("tag:") + value(tag);
    switch (static_cast<SearchFilter::Status>(m_status->currentData().toInt())) {
    case SearchFilter::Status::Any: break;
    case SearchFilter::Status::Bookmarked: parts << QStringLiteral("is:bookmarked"); break;
    case SearchFilter::Status::Due: parts << QStringLiteral("is:due"); break;
    case SearchFilter::Status::New: parts << QStringLiteral("is:new"); break;
    case SearchFilter::Status::Learning: parts << QStringLiteral("is:learn"); break;
    case SearchFilter::Status::Review: parts << QStringLiteral("is:review"); break;
    }
    return parts.join(QLatin1Char(' '));
}

void LibraryPage::resetSearch(const QString &text)
{
    const QSignalBlocker blockSearch(m_search);
    m_search->setText(text);
    for (QComboBox *combo : {m_difficulty, m_tag, m_status}) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    const QSignalBlocker blockTree(m_tree->selectionModel());
    m_tree->setCurrentIndex(m_treeModel->index(0, 0));
    m_tree->viewport()->update(); // the view heard nothing of the quiet change of selection
    m_categoryFilter.clear();
}

bool LibraryPage::runSavedSearch(const QString &name)
{
    const int index = m_services.library.savedSearchIndex(name);
    if (index < 0)
        return false;
    // The query carries the filters, so the controls start clear and the text says it all.
    resetSearch(m_services.library.savedSearches().at(index).query);
    runSearch();
    if (m_navigator)
        m_navigator->notify(tr("Saved search \"%1\"").arg(m_services.library.savedSearches().at(index).name), 3000);
    return true;
}

void LibraryPage::askToSaveSearch()
{
    const QString query = currentSearchQuery();
    if (query.isEmpty()) {
        if (m_navigator)
            m_navigator->notify(tr("Type a search or choose a filter first; then Ctrl+S saves it."), 5000);
        return;
    }
    // Open, not exec: the page stays responsive and tests drive the dialog like a user.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("saveSearchDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Search"));
    dialog->setLabelText(tr("Save the search “%1” as:").arg(query));
    dialog->setTextValue(m_search->text().simplified().isEmpty() ? query : m_search->text().simplified());
    dialog->setOkButtonText(tr("Save"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, query](const QString &name) { saveSearchAs(name, query); });
    dialog->open();
}

void LibraryPage::saveSearchAs(const QString &name, const QString &query)
{
    LibraryStore &store = m_services.library;
    const int existing = store.savedSearchIndex(name);
    if (existing >= 0) {
        const QString taken = store.savedSearches().at(existing).name;
        auto *box = new QMessageBox(QMessageBox::Question, tr("Replace the saved search?"),
                                    tr("There is already a saved search called “%1”. Replace its query with "
                                       "“%2”?")
                                        .arg(taken, query),
                                    QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("replaceSearchBox"));
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setDefaultButton(QMessageBox::Cancel);
        connect(box, &QMessageBox::finished, this, [this, taken, query](int result) {
            if (result == QMessageBox::Yes && m_services.library.setSavedSearchQuery(taken, query) && m_navigator)
                m_navigator->notify(tr("Saved the search “%1”").arg(taken), 4000);
        });
        box->open();
        return;
    }
    QString error;
    if (!store.addSavedSearch(name, query, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Search not saved"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (m_navigator)
        m_navigator->notify(tr("Saved the search “%1”; it is also a Flashcards scope now.").arg(name.trimmed()), 4000);
}

void LibraryPage::rebuildSavedMenu()
{
    m_savedMenu->clear();
    const QList<SavedSearch> &searches = m_services.library.savedSearches();
    for (const SavedSearch &search : searches) {
        QString text = search.name;
        QAction *action = m_savedMenu->addAction(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        action->setData(search.name);
        action->setToolTip(search.query);
        action->setStatusTip(search.query);
        connect(action, &QAction::triggered, this, [this, name = search.name] { runSavedSearch(name); });
    }
    if (searches.isEmpty())
        m_savedMenu->addAction(tr("No saved searches yet"))->setEnabled(false);
    m_savedMenu->setToolTipsVisible(true);
    m_savedMenu->addSeparator();
    m_savedMenu->addAction(m_saveSearchAction);
    m_savedMenu->addAction(m_manageSearchesAction);
    m_manageSearchesAction->setEnabled(!searches.isEmpty());
}

void LibraryPage::showSavedMenu()
{
    // popup(), not exec(): the keyboard drives the menu and nothing waits on it.
    m_savedMenu->popup(m_savedButton->mapToGlobal(QPoint(0, m_savedButton->height())));
    if (!m_savedMenu->actions().isEmpty())
        m_savedMenu->setActiveAction(m_savedMenu->actions().constFirst());
}

void LibraryPage::manageSavedSearches()
{
    if (m_services.library.savedSearches().isEmpty())
        return;
    if (!m_savedDialog) {
        m_savedDialog = new SavedSearchesDialog(m_services.library, this);
        connect(m_savedDialog, &SavedSearchesDialog::runRequested, this, &LibraryPage::runSavedSearch);
    }
    m_savedDialog->open();
}

void LibraryPage::updateTree(const QHash<QString, int> &counts, int total)
{
    for (auto it = m_treeItems.cbegin(); it != m_treeItems.cend(); ++it) {
        const int count = it.key().isEmpty() ? total : counts.value(it.key());
        it.value()->setText(tr("%1  (%2)").arg(it.value()->data(Qt::UserRole + 1).toString()).arg(count));
        it.value()->setForeground(count == 0 ? palette().brush(QPalette::PlaceholderText)
                                             : palette().brush(QPalette::Text));
    }
}

void LibraryPage::updateSummary(int shown)
{
    const int bank = int(m_services.questions.questions().size());
    QString text;
    if (bank == 0)
        text = tr("The library is empty.");
    else if (shown == bank)
        text = bank == 1 ? tr("1 question") : tr("%1 questions").arg(bank);
    else
        text = tr("%1 of %2 questions").arg(shown).arg(bank);
    if (!m_result.problems.isEmpty())
        text += QStringLiteral(" — ") + m_result.problems.join(QLatin1Char(' '));
    m_summary->setText(text);

    if (bank == 0) {
        m_listEmpty->setText(
            tr("<h3>No questions yet</h3><p>Bring in a deck with <a href=\"import:\">Import…</a> (Ctrl+I): a "
               "Loopcraft deck (.json) or cards exported from Anki as <i>Notes in Plain Text</i> (.txt).</p>"
               "<p>Deck files in <code>%1</code> are loaded at start.</p>")
                .arg(QDir::toNativeSeparators(m_services.data.decksPath()).toHtmlEscaped()));
    } else if (shown == 0) {
        m_listEmpty->setText(
            tr("<h3>Nothing matches</h3><p>Try fewer or shorter words, or "
               "<a href=\"clear:\">clear the search and filters</a> (Esc clears the search).</p>"));
    }
}

void LibraryPage::showHelp()
{
    const bool empty = m_services.questions.questions().empty();
    QString markdown =
        empty ? tr("# Your library is empty\n\nImport a deck with **Import…** (Ctrl+I) to start.\n\n")
              : tr("# Pick a question\n\nChoose one from the list to read the model answer. "
                   "Turn on **Hide Answers** (Ctrl+H) to test yourself first: Space reveals.\n\n");
    markdown +=
        tr("## Searching\n\nSearch is instant and ranked: matches in titles and key points come first. "
           "Press Ctrl+F to search from anywhere in the Library.\n\n");
    markdown += searchHelpMarkdown();
    m_reader->showMarkdown(markdown);
}

void LibraryPage::showQuestion(int index)
{
    const auto &questions = m_services.questions.questions();
    if (index != m_current)
        m_revealed = false;
    m_current = index >= 0 && index < int(questions.size()) ? index : -1;
    {
        const QSignalBlocker block(m_notes);
        m_loadingNote = true;
        m_notes->setPlainText(m_current >= 0 ? m_services.library.note(questions[std::size_t(m_current)].id)
                                             : QString());
        m_loadingNote = false;
    }
    if (m_current < 0)
        showHelp();
    else
        m_reader->showMarkdown(questionMarkdown(questions[std::size_t(m_current)]), m_result);
    updateDetailButtons();
}

QString LibraryPage::questionMarkdown(const Question &q) const
{
    auto bullet = [](const QStringList &items) {
        QString out;
        for (const QString &item : items)
            out += QStringLiteral("- ") + item + QLatin1Char('\n');
        return out + QLatin1Char('\n');
    };
    QString md = QStringLiteral("# ") + q.title + QStringLiteral("\n\n");
    QString meta = categoryTitle(q.category);
    if (!q.subcategory.isEmpty())
        meta += QStringLiteral(" › ") + q.subcategory;
    meta +=
        QStringLiteral(" · ") + m_difficulty->itemText(m_difficulty->findData(difficultyId(q.difficulty)));
    if (!q.tags.isEmpty())
        meta += QStringLiteral(" · ") + q.tags.join(QStringLiteral(", "));
    md += QStringLiteral("*") + meta + QStringLiteral("*\n\n");
    if (q.prompt != q.title)
        md += QStringLiteral("**") + tr("Question") + QStringLiteral("** — ") + q.prompt +
              QStringLiteral("\n\n");

    // Behavioural questions: the principles first, with the user's own stories for each, since
    // that is what the answer should be built from.
    if (!q.principles.isEmpty()) {
        md += QStringLiteral("## ") + tr("Leadership Principles it probes") + QStringLiteral("\n\n");
        for (const QString &id : q.principles) {
            md += QStringLiteral("- [%1](principle:%2)").arg(m_services.principles.nameOf(id), id);
            QStringList stories;
            if (m_services.storyDirectory)
                for (const StorySummary &story : m_services.storyDirectory->storiesForPrinciple(id))
                    stories << story.title;
            if (stories.isEmpty())
                md += QStringLiteral(" — ") + tr("No stories yet — write one in Stories (Ctrl+4)");
            else
                md += QStringLiteral(" — ") + tr("your stories: %1").arg(stories.join(QStringLiteral("; ")));
            md += QLatin1Char('\n');
        }
        md += QLatin1Char('\n');
    }
    const bool hidden = m_hideAction->isChecked() && !m_revealed;
    if (hidden) {
        md += QStringLiteral("## ") + tr("Answer") + QStringLiteral("\n\n");
        md +=
            tr("*The answer is hidden: say yours out loud first.* [Reveal the answer](reveal:) (Space)\n\n");
    } else {
        md +=
            QStringLiteral("## ") + tr("Answer") + QStringLiteral("\n\n") + q.answer + QStringLiteral("\n\n");
        if (!q.keyPoints.isEmpty())
            md += QStringLiteral("## ") + tr("Key points") + QStringLiteral("\n\n") + bullet(q.keyPoints);
    }
    if (!q.followUps.isEmpty())
        md += QStringLiteral("## ") + tr("Follow-ups") + QStringLiteral("\n\n") + bullet(q.followUps);
    if (!q.related.isEmpty()) {
        QStringList links;
        for (const QString &id : q.related) {
            if (const Question *other = m_services.questions.find(id))
                links << QStringLiteral("[%1](question:%2)").arg(other->title, id);
            else
                links << tr("%1 (not in your library)").arg(id);
        }
        md += QStringLiteral("## ") + tr("Related") + QStringLiteral("\n\n") + bullet(links);
    }
    return md;
}

void LibraryPage::onAnchor(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("question"))
        selectQuestion(url.path());
    else if (scheme == QLatin1String("principle") && m_navigator)
        m_navigator->openPrinciple(url.path());
    else if (scheme == QLatin1String("reveal"))
        reveal();
    else if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void LibraryPage::selectQuestion(const QString &id)
{
    const int index = m_services.questions.indexOf(id);
    if (index < 0) {
        if (m_navigator)
            m_navigator->notify(tr("The question \"%1\" is not in your library.").arg(id), 5000);
        return;
    }
    if (m_model->rowOfQuestion(index) < 0) {
        resetSearch({});
        m_current = index;
        runSearch();
    }
    const int row = m_model->rowOfQuestion(index);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
        showQuestion(index);
    }
}

QString LibraryPage::currentQuestionId() const
{
    return m_current >= 0 ? m_services.questions.questions()[std::size_t(m_current)].id : QString();
}

void LibraryPage::toggleBookmark()
{
    if (m_current < 0)
        return;
    const QString id = currentQuestionId();
    m_services.library.setBookmarked(id, !m_services.library.isBookmarked(id));
    if (m_status->currentData().toInt() == int(SearchFilter::Status::Bookmarked))
        runSearch();
}

void LibraryPage::reveal()
{
    if (m_current < 0 || !m_hideAction->isChecked() || m_revealed)
        return;
    m_revealed = true;
    showQuestion(m_current);
}

void LibraryPage::updateDetailButtons()
{
    const bool has = m_current >= 0;
    const Question *q = has ? &m_services.questions.questions()[std::size_t(m_current)] : nullptr;
    const bool marked = q && m_services.library.isBookmarked(q->id);
    m_bookmarkAction->setEnabled(has);
    m_bookmarkAction->setChecked(marked);
    m_bookmarkAction->setText(marked ? tr("★ Bookmarked") : tr("☆ Bookmark"));
    m_revealAction->setEnabled(has && m_hideAction->isChecked() && !m_revealed);
    m_conceptAction->setEnabled(q && q->conceptLink);
    m_conceptButton->setVisible(q && q->conceptLink);
    m_notes->setEnabled(has);
    m_notesLabel->setEnabled(has);
    m_exportAction->setEnabled(!m_services.questions.questions().empty());
}

void LibraryPage::updateProblemsButton()
{
    const qsizetype count = m_services.questions.problems().size() + m_services.principles.problems().size();
    m_problemsAction->setText(count == 0   ? tr("No Problems")
                              : count == 1 ? tr("⚠ 1 Problem")
                                           : tr("⚠ %1 Problems").arg(count));
    m_problemsAction->setEnabled(count > 0);
}

void LibraryPage::showProblems()
{
    QList<LoadProblem> all = m_services.questions.problems();
    all += m_services.principles.problems();
    ProblemsDialog dialog(all, this);
    dialog.exec();
}

void LibraryPage::openImportDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Questions"), QString(),
                                     tr("Decks and Anki text (*.json *.txt *.tsv *.csv);;Loopcraft deck "
                                        "(*.json);;Anki notes in plain text (*.txt *.tsv *.csv)"));
    if (path.isEmpty())
        return;
    QString message;
    const bool ok = importFile(path, &message);
    if (!ok)
        QMessageBox::warning(this, tr("Nothing imported"), message);
    else if (m_navigator)
        m_navigator->notify(message, 6000);
}

bool LibraryPage::importFile(const QString &path, QString *message)
{
    auto fail = [message](const QString &text) {
        if (message)
            *message = text;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray bytes = file.readAll();
    const QFileInfo info(path);
    QString stem = DeckExchange::deckFileStem(info.fileName());

    QList<LoadProblem> problems;
    QByteArray deck;
    std::size_t count = 0;
    if (info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
        count = QuestionBank::parseDeck(bytes, QDir::toNativeSeparators(path), problems).size();
        deck = bytes; // the user's own file, kept byte for byte
    } else {
        QSet<QString> taken;
        for (const Question &q : m_services.questions.questions())
            taken.insert(q.id);
        std::vector<Question> notes = DeckExchange::fromAnkiText(bytes, QDir::toNativeSeparators(path),
                                                                 QStringLiteral("imported"), taken, problems);
        for (Question &q : notes)
            q.subcategory = stem;
        std::vector<const Question *> pointers;
        for (const Question &q : notes)
            pointers.push_back(&q);
        deck = DeckExchange::toDeckJson(pointers, info.completeBaseName());
        count = notes.size();
    }
    if (count == 0)
        return fail(tr("No questions could be read from %1.").arg(QDir::toNativeSeparators(path)) +
                    (problems.isEmpty() ? QString() : QLatin1Char('\n') + problems.first().toString()));

    const QString decks = m_services.data.decksPath();
    QString error;
    auto result = DeckExchange::writeUserDeck(decks, stem, deck, false, &error);
    bool replaced = false;
    if (result == DeckExchange::WriteResult::Exists) {
        switch (m_askConflict(QDir(decks).filePath(stem + QStringLiteral(".json")))) {
        case Conflict::Cancel:
            return fail(tr("Import cancelled; nothing was changed."));
        case Conflict::Replace:
            replaced = true;
            result = DeckExchange::writeUserDeck(decks, stem, deck, true, &error);
            break;
        case Conflict::KeepBoth:
            stem = DeckExchange::freeDeckStem(decks, stem);
            result = DeckExchange::writeUserDeck(decks, stem, deck, false, &error);
            break;
        }
    }
    if (result != DeckExchange::WriteResult::Written)
        return fail(error.isEmpty() ? tr("The deck could not be written.") : error);

    const QString written = QDir::toNativeSeparators(QDir(decks).filePath(stem + QStringLiteral(".json")));
    int added = 0;
    stopIndexing();  // the indexer reads the bank we are about to change
    if (replaced) {
        // The replaced deck's questions are in the bank: read everything again.
        m_services.questions = QuestionBank();
        m_services.questions.loadShipped();
        m_services.questions.loadUserDecks(decks);
        added = int(count);
    } else {
        added = m_services.questions.addDeck(deck, written, true);
    }
    m_current = -1;
    rebuildIndex();
    runSearch();
    if (message) {
        *message = tr("Imported %1 questions into %2.").arg(added).arg(written);
        const qsizetype skipped = problems.size() + qsizetype(count) - added;
        if (skipped > 0)
            *message +=
                QLatin1Char(' ') + tr("Skipped %1 entries; see Problems (Ctrl+Shift+P).").arg(skipped);
    }
    // Problems from Anki text are not in the bank's list (the written deck is clean): keep them.
    if (!problems.isEmpty() && info.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) != 0) {
        m_services.questions.addProblems(problems);
        updateProblemsButton();
    }
    return added > 0;
}

std::vector<const Question *> LibraryPage::exportSelection() const
{
    const auto &questions = m_services.questions.questions();
    std::vector<const Question *> out;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() > 1) {
        for (const QModelIndex &index : selected)
            out.push_back(&questions[std::size_t(m_model->questionAt(index.row()))]);
        return out;
    }
    for (int index : m_model->rows())
        out.push_back(&questions[std::size_t(index)]);
    return out;
}

void LibraryPage::openExportDialog()
{
    const auto selection = exportSelection();
    if (selection.empty())
        return;
    QString filter = tr("Loopcraft deck (*.json)");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export %1 Questions").arg(selection.size()), tr("questions.json"),
        tr("Loopcraft deck (*.json);;Anki notes in plain text (*.txt)"), &filter);
    if (path.isEmpty())
        return;
    QString message;
    if (!exportTo(path, &message))
        QMessageBox::warning(this, tr("Export failed"), message);
    else if (m_navigator)
        m_navigator->notify(message, 5000);
}

bool LibraryPage::exportTo(const QString &path, QString *message)
{
    const auto selection = exportSelection();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool anki = suffix == QLatin1String("txt") || suffix == QLatin1String("tsv");
    const QByteArray bytes = anki ? DeckExchange::toAnkiText(selection)
                                  : DeckExchange::toDeckJson(selection, QFileInfo(path).completeBaseName());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (message)
            *message = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString());
        return false;
    }
    if (message)
        *message =
            tr("Exported %1 questions to %2.").arg(selection.size()).arg(QDir::toNativeSeparators(path));
    return true;
}

} // namespace loopcraft
