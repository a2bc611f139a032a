#include "conceptspage.h"

#include "conceptview.h"
#include "conceptviewfactory.h"
#include "parameterpanel.h"
#include "navigator.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QStandardPaths>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace loopcraft {

ConceptsPage::ConceptsPage(Services &, Navigator *navigator, QWidget *parent)
    : Page(parent), m_navigator(navigator), m_tabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    m_tabs->setObjectName(QStringLiteral("conceptTabs"));
    m_tabs->setDocumentMode(true);
    layout->addWidget(m_tabs);

    // Each view is built the first time its tab is shown: a view is costly (charts, worded
    // panels), and opening the room should pay for one.
    m_ids = ConceptViewFactory::ids();
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString title = ConceptViewFactory::title(m_ids[i]);
        auto *holder = new QWidget(m_tabs);  // margin between the tab bar and the view
        auto *holderLayout = new QVBoxLayout(holder);
        holderLayout->setContentsMargins(0, 10, 0, 0);
        const int index = m_tabs->addTab(holder, title);
        if (i < 9) {
            // Alt+digit: Ctrl+digit belongs to the shell's room switching.
            auto *select = new QAction(tr("Show %1").arg(title), this);
            select->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            connect(select, &QAction::triggered, this, [this, index] { m_tabs->setCurrentIndex(index); });
            addAction(select);
            m_tabs->setTabToolTip(index, tr("%1 (Alt+%2)").arg(title).arg(i + 1));
        }
    }
    viewAt(m_tabs->currentIndex());

    auto *corner = new QWidget(m_tabs);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(0, 0, 0, 4);
    // No mnemonics on these: each has a Ctrl shortcut, and Alt+letter is left to the controls.
    auto addButton = [&](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                                         shortcut.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        auto *button = new QToolButton(corner);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAutoRaise(true);
        cornerLayout->addWidget(button);
        return action;
    };
    addButton(tr("Reset"), QKeySequence(tr("Ctrl+R")), [this] {
        if (auto *v = currentView())
            v->resetToDefaults();
    });
    QAction *seed = addButton(tr("New seed"), QKeySequence(tr("Ctrl+Shift+N")), [this] {
        if (auto *v = currentView())
            v->newSeed();
    });
    addButton(tr("Export…"), QKeySequence(tr("Ctrl+Shift+S")), [this] { exportCurrent(); });
    QAction *play = addButton(tr("Play"), QKeySequence(tr("Ctrl+P")), [this] {
        if (auto *v = currentView(); v && v->canPlay())
            v->togglePlay();
    });
    m_tabs->setCornerWidget(corner, Qt::TopRightCorner);
    auto updateActions = [this, play, seed] {
        const ConceptView *v = currentView();
        play->setEnabled(v && v->canPlay());
        seed->setEnabled(v && v->parameters()->spec().find("seed"));  // gradient descent has no randomness
    };
    connect(m_tabs, &QTabWidget::currentChanged, this, [this, updateActions](int index) {
        viewAt(index);
        updateActions();
    });
    updateActions();

    if (navigator)
        connect(navigator, &Navigator::conceptRequested, this, &ConceptsPage::openConcept);
}

ConceptView *ConceptsPage::viewAt(int index) const
{
    QWidget *holder = m_tabs->widget(index);
    if (!holder)
        return nullptr;
    if (auto *built = holder->findChild<ConceptView *>())
        return built;
    ConceptView *view = ConceptViewFactory::create(m_ids.value(index), holder);
    if (view) {
        holder->layout()->addWidget(view);
        view->show(); // now, not on the next turn of the event loop as a layout would
    }
    return view;
}

void ConceptsPage::buildDeferred()
{
    for (int i = 0; i < m_tabs->count(); ++i)
        viewAt(i);
}

ConceptView *ConceptsPage::currentView() const
{
    return viewAt(m_tabs->currentIndex());
}

ConceptView *ConceptsPage::view(const QString &conceptId) const
{
    return viewAt(static_cast<int>(m_ids.indexOf(conceptId)));
}

void ConceptsPage::openConcept(const QString &conceptId, const QVariantMap &params)
{
    ConceptView *target = view(conceptId);
    if (!target) {
        if (m_navigator)
            m_navigator->notify(tr("No concept called \"%1\"; expected one of: %2.")
                                    .arg(conceptId, ConceptViewFactory::ids().join(QStringLiteral(", "))), 6000);
        return;
    }
    m_tabs->setCurrentWidget(target->parentWidget());
    const QString problem = target->applyPreset(params);
    if (!problem.isEmpty() && m_navigator)
        m_navigator->notify(tr("Part of the preset was ignored: %1").arg(problem), 6000);
}

void ConceptsPage::exportCurrent()
{
    ConceptView *v = currentView();
    if (!v)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(v->conceptId() + QStringLiteral(".png"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(v->title()), suggested,
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    const QString error = v->exportTo(path);
    if (m_navigator)
        m_navigator->notify(error.isEmpty() ? tr("Exported %1").arg(QDir::toNativeSeparators(path)) : error, 5000);
}

} // namespace loopcraft
