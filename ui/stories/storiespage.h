#pragma once

#include "page.h"

#include <optional>
#include <QString>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QMenu;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QToolButton;

namespace loopcraft {

class CoverageView;
class InsightsPanel;
class Navigator;
class RehearsePanel;
class StoryEditor;
class StoryFilterModel;
class StoryListModel;
struct Services;

// The Stories room: the STAR story bank with its list, editor and live feedback, the coverage
// matrix of the Leadership Principles, and Rehearse. Edits autosave about a second after the
// last keystroke.
class StoriesPage : public Page {
    Q_OBJECT
public:
    static constexpr int kAutosaveDelayMs = 1000;

    StoriesPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
    ~StoriesPage() override;

    void activated() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

public:
    // What the actions do, callable directly (tests, other actions).
    QString newStory();
    bool saveNow();
    void deleteCurrentStory();
    void showRecentlyDeleted();
    void openStory(const QString &id);
    void showPrinciple(const QString &principleId);
    void filterByPrinciple(const QString &principleId);
    bool exportMarkdown(const QString &path, bool wholeBank, QString *error = nullptr);
    bool exportPdf(const QString &path, bool wholeBank, QString *error = nullptr);
    bool exportJson(const QString &path, QString *error = nullptr);
    int importJson(const QString &path, QString *error = nullptr);
    void showBackups();

    QString currentStoryId() const { return m_currentId; }
    StoryEditor *editor() const { return m_editor; }
    InsightsPanel *insightsPanel() const { return m_insights; }
    QListView *storyList() const { return m_list; }
    StoryFilterModel *filterModel() const { return m_filter; }
    // Built on first use (opening their tab, or a principle shown from another room).
    CoverageView *coverageView();
    RehearsePanel *rehearsePanel();
    QTabWidget *tabs() const { return m_tabs; }
    bool isShowingEmptyState() const;
    bool isBannerVisible() const;
    QString bannerText() const;

private:
    void buildActions();
    void reloadBuiltTabs();
    // The Markdown of the chosen story or of the whole bank; nothing, with a reason, when no
    // story is chosen.
    std::optional<QString> markdownToExport(bool wholeBank, QString *error) const;
    QWidget *buildEmptyState();
    QWidget *buildListPanel();
    void edited();
    void textEdited();
    void recomputeInsights();
    void reloadAll(const QString &selectId = {});
    void refreshFilters();
    void updateEmptyState();
    void selectInList(const QString &id);
    void showBanner(const QString &text, bool offerBackups);
    void exportWithDialog(bool wholeBank, const QString &format);
    void importWithDialog();
    QString suggestedFileName(bool wholeBank, const QString &suffix) const;

    Services &m_services;
    Navigator *m_navigator;
    QString m_currentId;
    QString m_keptAside; // the copy of a stories file that failed to load

    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_bannerBackups = nullptr;
    QTabWidget *m_tabs = nullptr;
    QStackedWidget *m_storiesStack = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_principleFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QComboBox *m_sort = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_deletedButton = nullptr;
    QToolButton *m_exportButton = nullptr;
    QMenu *m_exportMenu = nullptr;
    StoryListModel *m_model = nullptr;
    StoryFilterModel *m_filter = nullptr;
    StoryEditor *m_editor = nullptr;
    InsightsPanel *m_insights = nullptr;
    QWidget *m_coverageTab = nullptr;
    QWidget *m_rehearseTab = nullptr;
    QAction *m_rehearseAction = nullptr;
    CoverageView *m_coverage = nullptr;
    RehearsePanel *m_rehearse = nullptr;
    QTimer *m_autosave = nullptr;
    QAction *m_highlightAction = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_columnsSized = false;
};

} // namespace loopcraft
