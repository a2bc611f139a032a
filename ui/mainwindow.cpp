#include "mainwindow.h"

#include "concepts/conceptspage.h"
#include "library/librarypage.h"
#include "navigator.h"
#include "page.h"
#include "practice/practicepage.h"
#include "services.h"
#include "stories/storiespage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace loopcraft {

MainWindow::MainWindow(Services &services, QSettings &settings, const QString &initialPage, QWidget *parent)
    : QMainWindow(parent),
      m_services(services),
      m_settings(settings),
      m_navigator(new Navigator(this)),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Loopcraft"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/loopcraft.svg")));
    setMinimumSize(960, 600);

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(168);
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setAccessibleName(tr("Rooms"));

    // Pages are built the first time they are shown, so start-up pays for one page only.
    addPage(QStringLiteral("library"), tr("Library"), QStringLiteral("library"),
            [this] { return new LibraryPage(m_services, m_navigator, this); });
    addPage(QStringLiteral("practice"), tr("Practice"), QStringLiteral("practice"),
            [this] { return new PracticePage(m_services, m_navigator, this); });
    addPage(QStringLiteral("concepts"), tr("Concepts"), QStringLiteral("concepts"),
            [this] { return new ConceptsPage(m_services, m_navigator, this); });
    addPage(QStringLiteral("stories"), tr("Stories"), QStringLiteral("stories"),
            [this] { return new StoriesPage(m_services, m_navigator, this); });

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        Page *page = ensurePage(row);
        m_stack->setCurrentIndex(row);
        page->activated();
    });
    connect(m_navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
    connect(m_navigator, &Navigator::statusMessage, this,
            [this](const QString &message, int timeoutMs) { statusBar()->showMessage(message, timeoutMs); });

    buildMenus();
    statusBar()->showMessage(tr("Questions loaded: %1").arg(services.questions.questions().size()), 4000);
    restoreState(initialPage);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString &id, const QString &title, const QString &iconName,
                         std::function<Page *()> factory)
{
    m_pageIds << id;
    m_pageFactories.push_back(std::move(factory));
    m_stack->addWidget(new QWidget(m_stack)); // stands in until the page is first shown
    auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), title, m_navigation);
    item->setSizeHint(QSize(0, 40));
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(m_pageIds.size()));
}

Page *MainWindow::ensurePage(int row)
{
    if (auto *page = qobject_cast<Page *>(m_stack->widget(row)))
        return page;
    Page *page = m_pageFactories[static_cast<std::size_t>(row)]();
    page->setObjectName(m_pageIds[row] + QStringLiteral("Page"));
    QWidget *standIn = m_stack->widget(row);
    m_stack->insertWidget(row, page);
    m_stack->removeWidget(standIn);
    delete standIn;
    return page;
}

void MainWindow::ensureAllPages()
{
    for (int row = 0; row < m_stack->count(); ++row)
        ensurePage(row);
}

QString MainWindow::currentPageId() const
{
    const int row = m_stack->currentIndex();
    return row >= 0 && row < m_pageIds.size() ? m_pageIds[row] : QString();
}

void MainWindow::showPage(const QString &pageId)
{
    const int row = static_cast<int>(m_pageIds.indexOf(pageId));
    if (row >= 0)
        m_navigation->setCurrentRow(row);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openData = file->addAction(tr("Open &Data Folder"));
    openData->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(openData, &QAction::triggered, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_services.data.root())); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_pageIds.size(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->icon(), m_navigation->item(i)->text());
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        go->setShortcutContext(Qt::ApplicationShortcut);
        go->setObjectName(QStringLiteral("show_") + m_pageIds[i]);
        const QString id = m_pageIds[i];
        connect(go, &QAction::triggered, this, [this, id] { showPage(id); });
    }
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("&Theme"));
    m_themeGroup = new QActionGroup(this);
    const struct {
        Theme::Mode mode;
        QString label;
        QKeySequence shortcut;
    } modes[] = {
        {Theme::Mode::System, tr("Follow &System"), QKeySequence(tr("Ctrl+Shift+0"))},
        {Theme::Mode::Light, tr("&Light"), QKeySequence(tr("Ctrl+Shift+L"))},
        {Theme::Mode::Dark, tr("&Dark"), QKeySequence(tr("Ctrl+Shift+K"))},
    };
    const auto current = Theme::modeFromId(m_settings.value(QStringLiteral("ui/theme")).toString());
    for (const auto &entry : modes) {
        QAction *action = themes->addAction(entry.label);
        action->setCheckable(true);
        action->setChecked(entry.mode == current);
        action->setShortcut(entry.shortcut);
        action->setData(Theme::idOf(entry.mode));
        m_themeGroup->addAction(action);
        const auto mode = entry.mode;
        connect(action, &QAction::triggered, this, [this, mode] { setThemeMode(mode); });
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"));
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    QAction *about = help->addAction(tr("&About Loopcraft"));
    about->setShortcut(QKeySequence::HelpContents);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::setThemeMode(Theme::Mode mode)
{
    Theme::apply(mode);
    m_settings.setValue(QStringLiteral("ui/theme"), Theme::idOf(mode));
    if (m_themeGroup)
        for (QAction *action : m_themeGroup->actions())
            action->setChecked(action->data().toString() == Theme::idOf(mode));
}

void MainWindow::showShortcuts()
{
    // Built from the live actions, so every page's shortcuts appear without a second list.
    ensureAllPages();
    for (int row = 0; row < m_stack->count(); ++row)
        ensurePage(row)->buildDeferred();
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(&dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    QList<QPair<QString, QString>> rows;
    for (QAction *action : findChildren<QAction *>()) {
        if (action->shortcut().isEmpty() || action->text().isEmpty())
            continue;
        QString text = action->text();
        text.remove(QLatin1Char('&'));
        const QPair<QString, QString> row{text, action->shortcut().toString(QKeySequence::NativeText)};
        if (!rows.contains(row))
            rows << row;
    }
    table->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog.resize(520, 560);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Loopcraft"),
                       tr("<h3>Loopcraft %1</h3><p>A study desk for machine-learning interviews: a "
                          "question library with spaced repetition, live concept charts and a "
                          "STAR story bank.</p><p>Your data lives in <code>%2</code>.</p>")
                           .arg(QStringLiteral(LOOPCRAFT_VERSION), m_services.data.root().toHtmlEscaped()));
}

void MainWindow::showStartupMessages(const QStringList &messages)
{
    if (messages.isEmpty())
        return;
    statusBar()->showMessage(messages.first(), 10000);
    QMessageBox box(QMessageBox::Warning, tr("Some files could not be loaded"),
                    tr("Loopcraft started, but some of your files need attention."), QMessageBox::Ok, this);
    box.setInformativeText(messages.join(QStringLiteral("\n\n")));
    box.exec();
}

void MainWindow::restoreState(const QString &initialPage)
{
    if (!restoreGeometry(m_settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    // Only the page that opens is built: pages are expensive, and the others wait for a visit.
    const QString page = m_pageIds.contains(initialPage)
        ? initialPage : m_settings.value(QStringLiteral("window/page")).toString();
    const int row = static_cast<int>(m_pageIds.indexOf(page));
    m_navigation->setCurrentRow(row >= 0 ? row : 0);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings.setValue(QStringLiteral("window/page"), currentPageId());
    QMainWindow::closeEvent(event);
}

} // namespace loopcraft
