#include "storiespage.h"

#include "backupsdialog.h"
#include "coverageview.h"
#include "insightspanel.h"
#include "navigator.h"
#include "recentlydeleteddialog.h"
#include "rehearsepanel.h"
#include "services.h"
#include "stories/storyinsights.h"
#include "stories/storymarkdown.h"
#include "storyeditor.h"
#include "storyexport.h"
#include "storyfiltermodel.h"
#include "storylistdelegate.h"
#include "storylistmodel.h"
#include "widgets/shortcutaction.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace loopcraft {

StoriesPage::StoriesPage(Services &services, Navigator *navigator, QWidget *parent)
    : Page(parent), m_services(services), m_navigator(navigator)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The banner: a stories file that could not be read, or a save that failed.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("storiesBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#storiesBanner { background: rgba(230, 150, 30, 45); border-bottom: 1px "
                       "solid rgba(230, 150, 30, 160); }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(12, 8, 12, 8);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerLayout->addWidget(m_bannerText, 1);
    m_bannerBackups = new QPushButton(tr("Restore a &Backup…"), m_banner);
    bannerLayout->addWidget(m_bannerBackups, 0, Qt::AlignTop);
    auto *dismiss = new QPushButton(tr("Dis&miss"), m_banner);
    bannerLayout->addWidget(dismiss, 0, Qt::AlignTop);
    connect(m_bannerBackups, &QPushButton::clicked, this, &StoriesPage::showBackups);
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs, 1);

    // Stories tab: the empty state, or list | editor | feedback.
    m_storiesStack = new QStackedWidget(m_tabs);
    m_storiesStack->addWidget(buildEmptyState());
    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, m_storiesStack);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(buildListPanel());
    m_editor = new StoryEditor(services.principles, splitter);
    m_editor->setObjectName(QStringLiteral("storyEditor"));
    splitter->addWidget(m_editor);
    auto *insightsScroll = new QScrollArea(splitter);
    insightsScroll->setWidgetResizable(true);
    insightsScroll->setFrameShape(QFrame::NoFrame);
    insightsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_insights = new InsightsPanel(insightsScroll);
    insightsScroll->setWidget(m_insights);
    insightsScroll->setMinimumWidth(240);
    splitter->addWidget(insightsScroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    m_storiesStack->addWidget(splitter);
    m_tabs->addTab(m_storiesStack, tr("Stories"));

    // Coverage and Rehearse are built the first time they are needed: their worded panels cost
    // more to lay out than the rest of the room, and most visits start at the stories.
    auto tabHolder = [this] {
        auto *holder = new QWidget(m_tabs);
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 0, 0, 0);
        return holder;
    };
    m_coverageTab = tabHolder();
    m_tabs->addTab(m_coverageTab, tr("Coverage"));
    m_rehearseTab = tabHolder();
    m_tabs->addTab(m_rehearseTab, tr("Rehearse"));

    // The matrix and the rehearsal lists follow the stories each time they are shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_rehearseAction)
            m_rehearseAction->setEnabled(m_tabs->currentWidget() == m_rehearseTab);
        if (m_tabs->currentWidget() == m_coverageTab)
            coverageView()->reload();
        else if (m_tabs->currentWidget() == m_rehearseTab)
            rehearsePanel()->reload();
    });

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &StoriesPage::saveNow);

    connect(m_editor, &StoryEditor::edited, this, &StoriesPage::edited);
    connect(m_editor, &StoryEditor::textEdited, this, &StoriesPage::textEdited);
    connect(m_insights, &InsightsPanel::wordsPerMinuteChanged, this, [this](double wpm) {
        m_services.stories.setWordsPerMinute(wpm);
        recomputeInsights();
        m_autosave->start();
    });
    connect(m_insights, &InsightsPanel::highlightingToggled, this, [this](bool on) {
        m_editor->setHighlighting(on);
        if (m_highlightAction)
            m_highlightAction->setChecked(on);
    });
    if (m_navigator)
        connect(m_navigator, &Navigator::principleRequested, this, &StoriesPage::showPrinciple);

    buildActions();
    m_insights->setWordsPerMinute(services.stories.wordsPerMinute());

    const StoryBank::LoadReport &report = services.storiesLoad;
    if (!report.ok()) {
        m_keptAside = report.movedAsideTo;
        showBanner(tr("Your stories file could not be read as it was. Nothing was overwritten.\n%1")
                       .arg(report.message),
                   true);
    }
    reloadAll();
}

StoriesPage::~StoriesPage()
{
    // The last second of typing is saved on the way out.
    if (m_services.stories.isDirty())
        m_services.stories.save();
}

QWidget *StoriesPage::buildEmptyState()
{
    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("storiesEmptyState"));
    auto *layout = new QVBoxLayout(empty);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Your story bank is empty"), empty);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    layout->addSpacing(10);
    // One label per paragraph: a wrapped rich-text label with several paragraphs underestimates its height.
    const QStringList paragraphs{
        tr("Every Amazon interview round asks behavioural questions, each probing a Leadership Principle. "
           "Answer them with <b>STAR</b> stories from your own work:"),
        tr("<b>Situation</b>: the context, briefly.<br><b>Task</b>: what you were responsible for.<br>"
           "<b>Action</b>: what <i>you</i> did, step by step: most of the story.<br><b>Result</b>: what "
           "changed, with a number, and what you learned."),
        tr("Write one story and tag the principles it proves. Loopcraft coaches the length, the balance, "
           "\"I\" against \"we\" and the numbers as you type. Aim for six to eight stories that cover all "
           "sixteen principles."),
    };
    for (const QString &paragraph : paragraphs) {
        auto *body = new QLabel(paragraph, empty);
        body->setWordWrap(true);
        body->setTextFormat(Qt::RichText);
        body->setFixedWidth(560);
        // A centred wrapped label is given its one-line height; ask it for the wrapped one, once:
        // with the width fixed, the height is too, and the layouts need not ask again (laying out
        // rich text for every question they ask made this the costliest part of opening the room).
        body->setFixedHeight(body->heightForWidth(560));
        QSizePolicy fixed = body->sizePolicy();
        fixed.setHeightForWidth(false);
        body->setSizePolicy(fixed);
        layout->addWidget(body, 0, Qt::AlignHCenter);
        layout->addSpacing(6);
    }
    layout->addSpacing(14);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *create = new QPushButton(tr("New Story (Ctrl+N)"), empty);
    create->setObjectName(QStringLiteral("emptyNewStory"));
    create->setDefault(true);
    buttons->addWidget(create);
    auto *import = new QPushButton(tr("Import Stories…"), empty);
    buttons->addWidget(import);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(3);
    connect(create, &QPushButton::clicked, this, &StoriesPage::newStory);
    connect(import, &QPushButton::clicked, this, &StoriesPage::importWithDialog);
    return empty;
}

QWidget *StoriesPage::buildListPanel()
{
    auto *panel = new QWidget(this);
    panel->setMinimumWidth(160);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(8, 8, 4, 8);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    auto *create = new QPushButton(QIcon::fromTheme(QStringLiteral("document-new")), tr("New"), panel);
    create->setToolTip(tr("New story (Ctrl+N)"));
    top->addWidget(create, 1);
    m_exportButton = new QToolButton(panel);
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Export or import (Ctrl+E)"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_exportButton, 1);
    layout->addLayout(top);
    connect(create, &QPushButton::clicked, this, &StoriesPage::newStory);

    m_search = new QLineEdit(panel);
    m_search->setObjectName(QStringLiteral("storySearch"));
    m_search->setPlaceholderText(tr("Search stories (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    m_principleFilter = new QComboBox(panel);
    m_principleFilter->setObjectName(QStringLiteral("principleFilter"));
    m_principleFilter->setAccessibleName(tr("Filter by principle"));
    m_principleFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_principleFilter->setMinimumContentsLength(12);
    layout->addWidget(m_principleFilter);
    auto *row = new QHBoxLayout;
    m_tagFilter = new QComboBox(panel);
    m_tagFilter->setAccessibleName(tr("Filter by tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(6);
    m_sort = new QComboBox(panel);
    m_sort->setAccessibleName(tr("Sort stories"));
    m_sort->addItem(tr("Last edited"), int(StoryFilterModel::Order::LastEdited));
    m_sort->addItem(tr("Title"), int(StoryFilterModel::Order::Title));
    m_sort->addItem(tr("Created"), int(StoryFilterModel::Order::Created));
    m_sort->addItem(tr("Longest"), int(StoryFilterModel::Order::Length));
    m_sort->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sort->setMinimumContentsLength(6);
    row->addWidget(m_tagFilter, 1);
    row->addWidget(m_sort, 1);
    layout->addLayout(row);

    m_model = new StoryListModel(m_services.stories, m_services.principles, this);
    m_filter = new StoryFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setDynamicSortFilter(true);
    m_filter->setOrder(StoryFilterModel::Order::LastEdited);
    m_list = new QListView(panel);
    m_list->setObjectName(QStringLiteral("storyList"));
    m_list->setModel(m_filter);
    m_list->setAccessibleName(tr("Stories"));
    m_list->setItemDelegate(new StoryListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSpacing(1);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_list, 1);

    m_deletedButton = new QPushButton(panel);
    m_deletedButton->setFlat(true);
    m_deletedButton->setToolTip(tr("Restore deleted stories (Ctrl+Shift+Delete)"));
    layout->addWidget(m_deletedButton);
    connect(m_deletedButton, &QPushButton::clicked, this, &StoriesPage::showRecentlyDeleted);

    connect(m_search, &QLineEdit::textChanged, m_filter, &StoryFilterModel::setSearch);
    connect(m_principleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setPrinciple(m_principleFilter->currentData().toString()); });
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tagFilter->currentData().toString()); });
    connect(m_sort, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setOrder(StoryFilterModel::Order(m_sort->currentData().toInt())); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openStory(current.data(StoryListModel::IdRole).toString());
            });
    return panel;
}

void StoriesPage::buildActions()
{
    // Window-wide, but only while this page (or the owning widget) is visible.
    auto add = [](const QString &text, const QKeySequence &shortcut, QWidget *owner, auto slot) {
        return addShortcutAction(owner, text, shortcut, std::move(slot), Qt::WindowShortcut);
    };
    add(tr("New Story"), QKeySequence::New, this, [this] { newStory(); });
    add(tr("Save Stories Now"), QKeySequence::Save, this, [this] { saveNow(); });
    add(tr("Search Stories"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentWidget(m_storiesStack);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    add(tr("Export Stories…"), QKeySequence(tr("Ctrl+E")), this, [this] {
        m_exportMenu->popup(m_exportButton->isVisible()
                                ? m_exportButton->mapToGlobal(QPoint(0, m_exportButton->height()))
                                : mapToGlobal(QPoint(40, 40)));
    });
    add(tr("Recently Deleted Stories…"), QKeySequence(tr("Ctrl+Shift+Del")), this,
        [this] { showRecentlyDeleted(); });
    add(tr("Import Stories from JSON…"), QKeySequence(tr("Ctrl+Shift+I")), this,
        [this] { importWithDialog(); });
    m_highlightAction = add(tr("Highlight \"We\" and Filler Words"), QKeySequence(tr("Ctrl+Shift+H")), this,
                            [this](bool on) { m_insights->highlightSwitch()->setChecked(on); });
    m_highlightAction->setCheckable(true);
    m_highlightAction->setChecked(true);
    add(tr("Story Editor"), QKeySequence(tr("Alt+1")), this, [this] { m_tabs->setCurrentIndex(0); });
    add(tr("Principle Coverage"), QKeySequence(tr("Alt+2")), this, [this] { m_tabs->setCurrentIndex(1); });
    add(tr("Rehearse a Story"), QKeySequence(tr("Alt+3")), this, [this] { m_tabs->setCurrentIndex(2); });
    // Enabled only while Rehearse is in front, so Ctrl+Return means nothing here elsewhere.
    m_rehearseAction = add(tr("Start or Stop the Rehearsal Timer"), QKeySequence(tr("Ctrl+Return")), this,
                           [this] { rehearsePanel()->toggle(); });
    m_rehearseAction->setEnabled(m_tabs->currentWidget() == m_rehearseTab);

    // Delete only from the list, so the Delete key keeps deleting text in the editor.
    auto *remove = new QAction(tr("Delete Story"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(remove);
    connect(remove, &QAction::triggered, this, &StoriesPage::deleteCurrentStory);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_exportMenu = new QMenu(this);
    auto menuItem = [this](const QString &text, auto slot) {
        QAction *action = m_exportMenu->addAction(text);
        connect(action, &QAction::triggered, this, slot);
    };
    menuItem(tr("This Story as &Markdown…"), [this] { exportWithDialog(false, QStringLiteral("md")); });
    menuItem(tr("This Story as &PDF…"), [this] { exportWithDialog(false, QStringLiteral("pdf")); });
    m_exportMenu->addSeparator();
    menuItem(tr("All Stories as M&arkdown…"), [this] { exportWithDialog(true, QStringLiteral("md")); });
    menuItem(tr("All Stories as P&DF…"), [this] { exportWithDialog(true, QStringLiteral("pdf")); });
    menuItem(tr("All Stories as &JSON…"), [this] { exportWithDialog(true, QStringLiteral("json")); });
    m_exportMenu->addSeparator();
    menuItem(tr("&Import Stories from JSON…"), [this] { importWithDialog(); });
    m_exportButton->setMenu(m_exportMenu);
}

void StoriesPage::resizeEvent(QResizeEvent *event)
{
    Page::resizeEvent(event);
    // The first real width decides the columns: the editor gets what the list and the feedback
    // do not need. Later the user's own splitter drags stand.
    if (m_columnsSized || width() < 200)
        return;
    m_columnsSized = true;
    const int total = width();
    const int list = std::clamp(total * 22 / 100, 160, 280);
    const int feedback = std::clamp(total * 24 / 100, 240, 300);
    m_splitter->setSizes({list, std::max(200, total - list - feedback), feedback});
}

CoverageView *StoriesPage::coverageView()
{
    if (m_coverage)
        return m_coverage;
    m_coverage = new CoverageView(m_services.stories, m_services.principles, m_services.questions, m_coverageTab);
    m_coverageTab->layout()->addWidget(m_coverage);
    m_coverage->show();
    connect(m_coverage, &CoverageView::principleChosen, this, &StoriesPage::filterByPrinciple);
    connect(m_coverage, &CoverageView::storyChosen, this,
            [this](const QString &principleId, const QString &storyId) {
                filterByPrinciple(principleId);
                openStory(storyId);
                m_tabs->setCurrentWidget(m_storiesStack);
            });
    connect(m_coverage, &CoverageView::questionChosen, this, [this](const QString &questionId) {
        if (m_navigator)
            m_navigator->openQuestion(questionId);
    });
    return m_coverage;
}

RehearsePanel *StoriesPage::rehearsePanel()
{
    if (m_rehearse)
        return m_rehearse;
    m_rehearse = new RehearsePanel(m_services.stories, m_services.principles, m_services.questions, m_rehearseTab);
    m_rehearseTab->layout()->addWidget(m_rehearse);
    m_rehearse->show();
    return m_rehearse;
}

void StoriesPage::reloadBuiltTabs()
{
    if (m_coverage)
        m_coverage->reload();
    if (m_rehearse)
        m_rehearse->reload();
}

void StoriesPage::activated()
{
    // Other rooms may have loaded questions since; the lists here are cheap to rebuild.
    reloadBuiltTabs();
}

bool StoriesPage::isShowingEmptyState() const
{
    return m_storiesStack->currentIndex() == 0;
}
bool StoriesPage::isBannerVisible() const
{
    return !m_banner->isHidden();
}
QString StoriesPage::bannerText() const
{
    return m_bannerText->text();
}

void StoriesPage::showBanner(const QString &text, bool offerBackups)
{
    m_bannerText->setText(text);
    m_bannerBackups->setVisible(offerBackups && m_services.stories.store());
    m_banner->show();
}

void StoriesPage::edited()
{
    if (m_currentId.isEmpty())
        return;
    m_services.stories.update(m_editor->story());
    m_model->storyChanged(m_currentId);
    m_autosave->start();
}

void StoriesPage::textEdited()
{
    recomputeInsights();
}

void StoriesPage::recomputeInsights()
{
    const StoryInsights insights =
        StoryInsights::compute(m_editor->story().sections, m_services.stories.wordsPerMinute());
    m_insights->showInsights(insights);
    m_editor->showInsights(insights);
}

bool StoriesPage::saveNow()
{
    m_autosave->stop();
    StoryBank &bank = m_services.stories;
    if (!bank.isDirty()) {
        if (m_navigator)
            m_navigator->notify(tr("Saved"));
        return true;
    }
    QString error;
    if (!bank.save(&error)) {
        showBanner(tr("Your latest changes are not saved yet: %1").arg(error), bank.store());
        if (m_navigator)
            m_navigator->notify(tr("Not saved: %1").arg(error), 8000);
        return false;
    }
    if (m_navigator)
        m_navigator->notify(tr("Saved"));
    refreshFilters();
    reloadBuiltTabs();
    return true;
}

void StoriesPage::reloadAll(const QString &selectId)
{
    m_model->reload();
    refreshFilters();
    updateEmptyState();
    reloadBuiltTabs();
    QString target = selectId;
    if (target.isEmpty() || !m_services.stories.find(target) || m_services.stories.find(target)->isDeleted())
        target = m_services.stories.find(m_currentId) && !m_services.stories.find(m_currentId)->isDeleted()
                     ? m_currentId
                     : QString();
    if (target.isEmpty() && m_filter->rowCount() > 0)
        target = m_filter->index(0, 0).data(StoryListModel::IdRole).toString();
    m_currentId.clear();
    if (!target.isEmpty())
        openStory(target);
    else
        m_editor->setStory(Story{});
}

void StoriesPage::refreshFilters()
{
    const QString principle = m_principleFilter->currentData().toString();
    const QString tag = m_tagFilter->currentData().toString();
    {
        const QSignalBlocker blockPrinciple(m_principleFilter);
        const QSignalBlocker blockTag(m_tagFilter);
        m_principleFilter->clear();
        m_principleFilter->addItem(tr("All principles"), QString());
        for (const LeadershipPrinciple &p : m_services.principles.principles()) {
            const int count = static_cast<int>(m_services.stories.storiesForPrinciple(p.id).size());
            m_principleFilter->addItem(tr("%1 (%2)").arg(p.name).arg(count), p.id);
        }
        m_principleFilter->setCurrentIndex(std::max(0, m_principleFilter->findData(principle)));
        m_tagFilter->clear();
        m_tagFilter->addItem(tr("All tags"), QString());
        for (const QString &t : m_services.stories.allTags())
            m_tagFilter->addItem(t, t);
        m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(tag)));
    }
    m_filter->setPrinciple(m_principleFilter->currentData().toString());
    m_filter->setTag(m_tagFilter->currentData().toString());
    const int deleted = static_cast<int>(m_services.stories.deletedStories().size());
    m_deletedButton->setText(tr("Recently deleted (%1)").arg(deleted));
    m_deletedButton->setEnabled(deleted > 0);
}

void StoriesPage::updateEmptyState()
{
    m_storiesStack->setCurrentIndex(m_services.stories.activeCount() == 0 ? 0 : 1);
}

void StoriesPage::selectInList(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row));
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_list->selectionModel());
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void StoriesPage::openStory(const QString &id)
{
    const Story *story = m_services.stories.find(id);
    if (!story || story->isDeleted())
        return;
    selectInList(id);
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_editor->setStory(*story);
    recomputeInsights();
}

QString StoriesPage::newStory()
{
    Story story;
    // A new story inherits the principle the list is filtered by: the user is filling that gap.
    const QString principle = m_filter->principle();
    if (!principle.isEmpty())
        story.principles << principle;
    const QString id = m_services.stories.add(story);
    m_search->clear();
    m_tagFilter->setCurrentIndex(0);
    m_model->reload();
    refreshFilters();
    updateEmptyState();
    m_tabs->setCurrentWidget(m_storiesStack);
    m_currentId.clear();
    openStory(id);
    m_editor->focusTitle();
    m_autosave->start();
    return id;
}

void StoriesPage::deleteCurrentStory()
{
    const Story *story = m_services.stories.find(m_currentId);
    if (!story)
        return;
    const QString title = story->title.trimmed().isEmpty() ? tr("Untitled story") : story->title.trimmed();
    // The neighbour in the list takes the deleted story's place.
    const QModelIndex current = m_list->currentIndex();
    const int row = current.isValid() ? current.row() : 0;
    m_services.stories.softDelete(m_currentId);
    m_currentId.clear();
    m_model->reload();
    QString next;
    if (m_filter->rowCount() > 0)
        next = m_filter->index(std::min(row, m_filter->rowCount() - 1), 0)
                   .data(StoryListModel::IdRole)
                   .toString();
    reloadAll(next);
    saveNow();
    if (m_navigator)
        m_navigator->notify(
            tr("Moved \"%1\" to Recently deleted; restore it with Ctrl+Shift+Delete.").arg(title), 6000);
    m_list->setFocus();
}

void StoriesPage::showRecentlyDeleted()
{
    RecentlyDeletedDialog dialog(m_services.stories, this);
    dialog.exec();
    if (!dialog.changed())
        return;
    reloadAll(dialog.restoredIds().value(0));
    saveNow();
}

void StoriesPage::filterByPrinciple(const QString &principleId)
{
    const int index = m_principleFilter->findData(principleId);
    m_principleFilter->setCurrentIndex(std::max(0, index));
}

void StoriesPage::showPrinciple(const QString &principleId)
{
    filterByPrinciple(principleId);
    coverageView()->showPrinciple(principleId);
    rehearsePanel()->choosePrinciple(principleId);
    m_tabs->setCurrentWidget(m_coverageTab);
}

void StoriesPage::showBackups()
{
    JsonStore *store = m_services.stories.store();
    if (!store)
        return;
    saveNow();
    BackupsDialog dialog(*store, m_keptAside, m_services.stories.keptBackups(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StoryBank::LoadReport report = m_services.stories.reload();
    m_currentId.clear();
    reloadAll();
    if (report.ok()) {
        m_banner->hide();
        if (m_navigator)
            m_navigator->notify(
                tr("Restored %n stories from the backup.", nullptr, m_services.stories.activeCount()), 6000);
    } else {
        showBanner(report.message, true);
    }
}

std::optional<QString> StoriesPage::markdownToExport(bool wholeBank, QString *error) const
{
    if (wholeBank)
        return StoryMarkdown::bank(m_services.stories.activeStories(), &m_services.principles);
    if (const Story *story = m_services.stories.find(m_currentId))
        return StoryMarkdown::story(*story, &m_services.principles);
    if (error)
        *error = tr("Choose a story to export first.");
    return std::nullopt;
}

bool StoriesPage::exportMarkdown(const QString &path, bool wholeBank, QString *error)
{
    const auto markdown = markdownToExport(wholeBank, error);
    return markdown && StoryExport::writeText(path, markdown->toUtf8(), error);
}

bool StoriesPage::exportPdf(const QString &path, bool wholeBank, QString *error)
{
    const auto markdown = markdownToExport(wholeBank, error);
    if (!markdown)
        return false;
    const QString title = wholeBank ? tr("My STAR stories") : m_services.stories.find(m_currentId)->title;
    return StoryExport::writePdf(path, *markdown, title, error);
}

bool StoriesPage::exportJson(const QString &path, QString *error)
{
    return StoryExport::writeText(path, m_services.stories.exportJson(), error);
}

int StoriesPage::importJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Could not open %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return -1;
    }
    QList<LoadProblem> problems;
    const int added =
        m_services.stories.importJson(file.readAll(), QDir::toNativeSeparators(path), problems, error);
    if (added < 0)
        return added;
    QString last;
    if (added > 0)
        last = m_services.stories.stories().back().id;
    reloadAll(last);
    saveNow();
    if (!problems.isEmpty() && error) {
        QStringList lines;
        for (const LoadProblem &problem : problems)
            lines << problem.toString();
        *error = lines.join(QLatin1Char('\n'));
    }
    return added;
}

QString StoriesPage::suggestedFileName(bool wholeBank, const QString &suffix) const
{
    QString base = tr("star-stories");
    if (!wholeBank) {
        if (const Story *story = m_services.stories.find(m_currentId);
            story && !story->title.trimmed().isEmpty()) {
            base = story->title.trimmed().toLower();
            base.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
            base = base.left(60);
        }
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder).filePath(base + QLatin1Char('.') + suffix);
}

void StoriesPage::exportWithDialog(bool wholeBank, const QString &format)
{
    if (!wholeBank && m_currentId.isEmpty()) {
        QMessageBox::information(this, tr("Export"), tr("Choose or write a story first."));
        return;
    }
    saveNow();
    const QString filter = format == QLatin1String("pdf")  ? tr("PDF (*.pdf)")
                           : format == QLatin1String("md") ? tr("Markdown (*.md)")
                                                           : tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Stories"),
                                                      suggestedFileName(wholeBank, format), filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = format == QLatin1String("pdf")  ? exportPdf(path, wholeBank, &error)
                    : format == QLatin1String("md") ? exportMarkdown(path, wholeBank, &error)
                                                    : exportJson(path, &error);
    if (!ok) {
        QMessageBox::warning(this, tr("Export failed"), error);
        return;
    }
    if (m_navigator)
        m_navigator->notify(tr("Exported %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void StoriesPage::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Stories"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Loopcraft stories (*.json)"));
    if (path.isEmpty())
        return;
    QString message;
    const int added = importJson(path, &message);
    if (added < 0) {
        QMessageBox::warning(this, tr("Import failed"), message);
        return;
    }
    if (!message.isEmpty())
        QMessageBox::information(this, tr("Imported with problems"),
                                 tr("%n stories were imported. Some entries needed repair:", nullptr, added) +
                                     QStringLiteral("\n\n") + message);
    if (m_navigator)
        m_navigator->notify(tr("Imported %n stories.", nullptr, added), 5000);
}

} // namespace loopcraft
