#pragma once

#include "theme.h"

#include <QMainWindow>
#include <QStringList>
#include <functional>
#include <vector>

class QActionGroup;
class QListWidget;
class QSettings;
class QStackedWidget;

namespace loopcraft {

class Navigator;
class Page;
struct Services;

// The shell only: navigation between the pages, menus, the status bar and window state.
// Everything a room does lives in that room's page.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Opens on initialPage when it names a page, else on the page open when the app last closed.
    MainWindow(Services &services, QSettings &settings, const QString &initialPage = {},
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QString currentPageId() const;
    Navigator *navigator() const { return m_navigator; }

public slots:
    void showPage(const QString &pageId);
    void setThemeMode(loopcraft::Theme::Mode mode);
    void showStartupMessages(const QStringList &messages);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(const QString &id, const QString &title, const QString &iconName,
                 std::function<Page *()> factory);
    Page *ensurePage(int row);
    void ensureAllPages();
    void buildMenus();
    void showShortcuts();
    void showAbout();
    void restoreState(const QString &initialPage);

    Services &m_services;
    QSettings &m_settings;
    Navigator *m_navigator;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QStringList m_pageIds;
    std::vector<std::function<Page *()>> m_pageFactories;
    QActionGroup *m_themeGroup = nullptr;
};

} // namespace loopcraft
