#include "practicepage.h"

#include "flashcardsview.h"
#include "mockinterviewview.h"
#include "navigator.h"
#include "services.h"
#include "statisticsview.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace loopcraft {

PracticePage::PracticePage(Services &services, Navigator *navigator, QWidget *parent)
    : Page(parent),
      m_services(services),
      m_navigator(navigator),
      m_tabs(new QTabWidget(this)),
      m_flashcards(new FlashcardsView(services, navigator, m_tabs)),
      m_mock(new MockInterviewView(services, navigator, m_tabs)),
      m_statistics(new StatisticsView(services, navigator, m_tabs)),
      m_notice(new QWidget(this)),
      m_noticeText(new QLabel(m_notice)),
      m_saveTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    // The notice: a file could not be read; say so plainly and offer the backups.
    m_notice->setObjectName(QStringLiteral("progressNotice"));
    m_notice->setAutoFillBackground(true);
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(16, 10, 16, 10);
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *restore = new QPushButton(tr("Restore a backup…"), m_notice);
    restore->setObjectName(QStringLiteral("restoreBackup"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_notice);
    connect(restore, &QPushButton::clicked, this, &PracticePage::offerBackups);
    connect(dismiss, &QPushButton::clicked, m_notice, &QWidget::hide);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(restore);
    noticeLayout->addWidget(dismiss);
    layout->addWidget(m_notice);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_flashcards, tr("Flashcards"));
    m_tabs->addTab(m_mock, tr("Mock interview"));
    m_tabs->addTab(m_statistics, tr("Statistics"));
    // No mnemonics on the tabs: Alt+F would collide with the File menu; Alt+1..3 switch instead.
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabToolTip(i, tr("%1 (Alt+%2)").arg(m_tabs->tabText(i)).arg(i + 1));
    layout->addWidget(m_tabs, 1);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *action = new QAction(tr("Practice: %1").arg(m_tabs->tabText(i)), this);
        action->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
        addAction(action);
    }
    auto *restoreAction = new QAction(tr("Restore Progress from a Backup…"), this);
    restoreAction->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    restoreAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(restoreAction, &QAction::triggered, this, &PracticePage::offerBackups);
    addAction(restoreAction);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 0)
            m_flashcards->refresh();
        else if (index == 1)
            m_mock->refresh();
        else
            m_statistics->refresh();
        if (QWidget *w = m_tabs->currentWidget())
            w->setFocus();
    });
    connect(m_statistics, &StatisticsView::studyRequested, this, [this] { m_tabs->setCurrentIndex(0); });

    // Every answer is already on disk in the log; the card snapshot follows after a pause.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(800);
    connect(m_saveTimer, &QTimer::timeout, this, [this] {
        if (saveNow() && m_navigator)
            m_navigator->notify(tr("Saved"));
    });
    connect(m_flashcards, &FlashcardsView::answered, this, &PracticePage::scheduleSave);
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { saveNow(); });
    updateNotice();
}

PracticePage::~PracticePage() { saveNow(); }

void PracticePage::activated()
{
    if (m_tabs->currentIndex() == 0)
        m_flashcards->refresh();
    else if (m_tabs->currentIndex() == 1)
        m_mock->refresh();
    else
        m_statistics->refresh();
    if (QWidget *w = m_tabs->currentWidget())
        w->setFocus();
}

void PracticePage::scheduleSave() { m_saveTimer->start(); }

bool PracticePage::saveNow()
{
    m_saveTimer->stop();
    if (!m_services.reviews.isDirty())
        return false;
    QString error;
    if (!m_services.reviews.save(&error)) {
        if (m_navigator)
            m_navigator->notify(tr("Could not save your progress: %1").arg(error), 10000);
        return false;
    }
    return true;
}

void PracticePage::updateNotice()
{
    const ReviewStore &store = m_services.reviews;
    QStringList messages = store.loadMessages();
    if (messages.isEmpty()) {
        m_notice->hide();
        return;
    }
    QString text = tr("<b>Your progress file needed attention.</b> ") + messages.join(QLatin1Char(' ')).toHtmlEscaped();
    if (store.progressFailed() && !m_services.reviews.progressFile().backups().isEmpty())
        text += tr(" You can also restore one of the backups kept of it (%1).").arg(m_services.reviews.progressFile().backups().size());
    m_noticeText->setText(text);
    QPalette palette = m_notice->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Window).lightness() < 128 ? QColor(0x4a, 0x3b, 0x16)
                                                                                         : QColor(0xfd, 0xf0, 0xcc));
    m_notice->setPalette(palette);
    m_notice->findChild<QPushButton *>(QStringLiteral("restoreBackup"))
        ->setVisible(!m_services.reviews.progressFile().backups().isEmpty());
    m_notice->show();
}

void PracticePage::offerBackups()
{
    JsonStore &file = m_services.reviews.progressFile();
    const QStringList backups = file.backups();
    if (backups.isEmpty()) {
        QMessageBox::information(this, tr("No backups"), tr("There are no backups of your progress yet."));
        return;
    }
    QStringList labels;
    for (const QString &backup : backups) {
        const JsonLoad peek = file.peek(backup);
        const QString when = QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat);
        const auto cards = peek.ok() && peek.data.contains("cards") && peek.data["cards"].is_array()
                               ? int(peek.data["cards"].size())
                               : -1;
        labels << (cards >= 0 ? tr("%1 — %2 cards").arg(when).arg(cards) : tr("%1 — unreadable").arg(when));
    }
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Restore Progress"),
                                                 tr("Restore which backup? Your review history is kept and "
                                                    "replayed on top of it, so no answer is lost."),
                                                 labels, 0, false, &ok);
    if (!ok)
        return;
    const QString backup = backups.value(labels.indexOf(choice));
    QString error;
    if (!m_services.reviews.restoreBackup(backup, &error)) {
        QMessageBox::warning(this, tr("Could not restore"), error);
        return;
    }
    if (m_navigator)
        m_navigator->notify(tr("Restored progress from %1").arg(QDir::toNativeSeparators(backup)));
    updateNotice();
    activated();
}

} // namespace loopcraft
