#include "backupsdialog.h"

#include "storage/jsonstore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace loopcraft {

BackupsDialog::BackupsDialog(JsonStore &store, const QString &keptAside, const QStringList &kept,
                             QWidget *parent)
    : QDialog(parent), m_store(store)
{
    setWindowTitle(tr("Restore Stories from a Backup"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Loopcraft keeps %1 earlier versions of your stories file: the file as each session "
                      "found it, then at most one every %2 minutes while you edit. Restoring one makes it "
                      "the current file; the current file is backed up first, so nothing is lost.")
                       .arg(JsonStore::kBackupsKept)
                       .arg(JsonStore::kBackupInterval.count()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    layout->addWidget(m_list, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    QStringList files = store.backups();
    for (const QString &file : kept)
        if (!files.contains(file))
            files << file;
    if (!keptAside.isEmpty())
        files.prepend(keptAside);
    for (const QString &file : files) {
        const JsonLoad peek = store.peek(file);
        const QFileInfo info(file);
        QString what;
        if (peek.ok()) {
            const auto stories = peek.data.find("stories");
            const int count =
                stories != peek.data.end() && stories->is_array() ? static_cast<int>(stories->size()) : 0;
            what = tr("%n stories", nullptr, count);
        } else {
            what = tr("cannot be read");
        }
        const QString label = file == keptAside     ? tr("The file that failed to load")
                              : kept.contains(file) ? tr("Kept copy: %1").arg(info.fileName())
                                                    : info.fileName();
        auto *item = new QListWidgetItem(
            tr("%1\nsaved %2 · %3")
                .arg(label, QLocale().toString(info.lastModified(), QLocale::ShortFormat), what),
            m_list);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
        if (!peek.ok())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (m_list->count() == 0) {
        auto *item =
            new QListWidgetItem(tr("No backups yet: one is made when a session first saves the stories."), m_list);
        item->setFlags(Qt::NoItemFlags);
    }
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    restore->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (restoreSelected())
            accept();
    });
    resize(520, 380);
}

bool BackupsDialog::restoreSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).toString().isEmpty())
        return false;
    QString error;
    const QString file = item->data(Qt::UserRole).toString();
    if (!m_store.restore(file, &error)) {
        m_error->setText(error);
        m_error->setVisible(true);
        return false;
    }
    m_restoredFrom = file;
    return true;
}

} // namespace loopcraft
