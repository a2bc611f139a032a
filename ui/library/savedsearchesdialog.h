#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace loopcraft {

class LibraryStore;

// The user's saved searches, to run, rename (F2 edits the name; the query can be edited the
// same way) or delete (Delete). Follows the store while open.
class SavedSearchesDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { NameColumn, QueryColumn };

    explicit SavedSearchesDialog(LibraryStore &store, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    QString currentName() const;

signals:
    void runRequested(const QString &name);

private:
    void reload();
    void commitEdit(QTreeWidgetItem *item, int column);
    void removeCurrent();
    void updateButtons();

    LibraryStore &m_store;
    QTreeWidget *m_list;
    QLabel *m_message;
    QPushButton *m_run;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_reloading = false;
};

} // namespace loopcraft
