#include "savedsearchesdialog.h"

#include "library/librarystore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace loopcraft {

namespace {
constexpr int kNameRole = Qt::UserRole;  // the name as stored, while the cell is being edited
}

SavedSearchesDialog::SavedSearchesDialog(LibraryStore &store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_list(new QTreeWidget(this)),
      m_message(new QLabel(this)),
      m_run(new QPushButton(tr("&Run"), this)),
      m_rename(new QPushButton(tr("Re&name (F2)"), this)),
      m_delete(new QPushButton(tr("&Delete (Del)"), this))
{
    setObjectName(QStringLiteral("savedSearchesDialog"));
    setWindowTitle(tr("Saved Searches"));
    m_list->setObjectName(QStringLiteral("savedSearchList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Name"), tr("Query")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setAccessibleName(tr("Saved searches"));
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_message->setObjectName(QStringLiteral("savedSearchMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);

    m_run->setObjectName(QStringLiteral("runSavedSearch"));
    m_run->setDefault(true);
    m_rename->setObjectName(QStringLiteral("renameSavedSearch"));
    m_delete->setObjectName(QStringLiteral("deleteSavedSearch"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    buttons->addButton(m_rename, QDialogButtonBox::ActionRole);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Run a search again, rename it, or change its query: F2 edits the cell, "
                                "Tab moves to the query. A saved search is also a Flashcards scope."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 360);

    auto run = [this] {
        if (const QString name = currentName(); !name.isEmpty()) {
            emit runRequested(name);
            accept();
        }
    };
    connect(m_run, &QPushButton::clicked, this, run);
    connect(m_list, &QTreeWidget::itemActivated, this, run);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            m_list->editItem(item, NameColumn);
    });
    connect(m_delete, &QPushButton::clicked, this, &SavedSearchesDialog::removeCurrent);
    // Delete in the list; while a cell is edited the editor has the key.
    auto *remove = new QAction(tr("Delete Saved Search"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &SavedSearchesDialog::removeCurrent);
    m_list->addAction(remove);
    connect(m_list, &QTreeWidget::itemChanged, this, &SavedSearchesDialog::commitEdit);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SavedSearchesDialog::updateButtons);
    // Queued: an edit's own itemChanged must finish before the list is rebuilt under it.
    connect(&m_store, &LibraryStore::savedSearchesChanged, this, &SavedSearchesDialog::reload, Qt::QueuedConnection);
    reload();
    m_list->setFocus();
}

QString SavedSearchesDialog::currentName() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameColumn, kNameRole).toString() : QString();
}

void SavedSearchesDialog::reload()
{
    const QString keep = currentName();
    m_reloading = true;
    m_list->clear();
    for (const SavedSearch &search : m_store.savedSearches()) {
        auto *item = new QTreeWidgetItem(m_list, {search.name, search.query});
        item->setData(NameColumn, kNameRole, search.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_reloading = false;
    const int row = m_store.savedSearchIndex(keep);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(row >= 0 ? row : 0));
    if (m_store.savedSearches().isEmpty())
        m_message->setText(tr("No saved searches yet. Search in the Library and press Ctrl+S to save one."));
    updateButtons();
}

void SavedSearchesDialog::commitEdit(QTreeWidgetItem *item, int column)
{
    if (m_reloading || !item)
        return;
    const QString name = item->data(NameColumn, kNameRole).toString();
    const QString text = item->text(column);
    QString error;
    const bool ok = column == NameColumn ? m_store.renameSavedSearch(name, text, &error)
                                         : m_store.setSavedSearchQuery(name, text, &error);
    if (ok) {
        m_message->clear();
        return;  // the store's signal reloads the list
    }
    m_message->setText(error);
    // Put back what the store still holds.
    const int index = m_store.savedSearchIndex(name);
    if (index >= 0) {
        const QSignalBlocker block(m_list);
        item->setText(column, column == NameColumn ? m_store.savedSearches().at(index).name
                                                   : m_store.savedSearches().at(index).query);
    }
}

void SavedSearchesDialog::removeCurrent()
{
    const QString name = currentName();
    if (name.isEmpty())
        return;
    if (m_store.removeSavedSearch(name))
        m_message->setText(tr("Deleted \"%1\".").arg(name));
}

void SavedSearchesDialog::updateButtons()
{
    const bool has = m_list->currentItem() != nullptr;
    m_run->setEnabled(has);
    m_rename->setEnabled(has);
    m_delete->setEnabled(has);
}

} // namespace loopcraft
