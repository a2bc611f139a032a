#include "recentlydeleteddialog.h"

#include "stories/storybank.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace loopcraft {

RecentlyDeletedDialog::RecentlyDeletedDialog(StoryBank &bank, QWidget *parent) : QDialog(parent), m_bank(bank)
{
    setWindowTitle(tr("Recently Deleted Stories"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Deleted stories stay here until you delete them for good."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_purge = buttons->addButton(tr("&Delete Forever"), QDialogButtonBox::DestructiveRole);
    m_restore->setShortcut(QKeySequence(tr("Ctrl+R")));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &RecentlyDeletedDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Delete Forever"),
                                  tr("Delete the selected stories for good? This cannot be undone.")) ==
            QMessageBox::Yes)
            purgeSelected();
    });
    connect(m_list, &QListWidget::itemActivated, this, &RecentlyDeletedDialog::restoreSelected);
    resize(480, 360);
    fill();
}

void RecentlyDeletedDialog::fill()
{
    m_list->clear();
    for (const Story *story : m_bank.deletedStories()) {
        const QString title =
            story->title.trimmed().isEmpty() ? tr("Untitled story") : story->title.trimmed();
        auto *item = new QListWidgetItem(
            tr("%1\ndeleted %2")
                .arg(title, QLocale().toString(story->deleted.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, story->id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_restore->setEnabled(m_list->count() > 0);
    m_purge->setEnabled(m_list->count() > 0);
}

void RecentlyDeletedDialog::restoreSelected()
{
    for (const QListWidgetItem *item : m_list->selectedItems()) {
        const QString id = item->data(Qt::UserRole).toString();
        if (m_bank.restore(id)) {
            m_restored << id;
            m_changed = true;
        }
    }
    fill();
}

void RecentlyDeletedDialog::purgeSelected()
{
    for (const QListWidgetItem *item : m_list->selectedItems())
        m_changed = m_bank.purge(item->data(Qt::UserRole).toString()) || m_changed;
    fill();
}

} // namespace loopcraft
