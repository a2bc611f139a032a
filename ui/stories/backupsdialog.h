#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace loopcraft {

class JsonStore;

// Lists the backups of stories.json (and the copy kept aside after a failed load) with what
// each holds, and makes the chosen one the current file.
class BackupsDialog : public QDialog {
    Q_OBJECT
public:
    // keptAside: the file that failed to load; kept: backups saved out of the rotation.
    BackupsDialog(JsonStore &store, const QString &keptAside, const QStringList &kept = {},
                  QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    bool restoreSelected();
    QString restoredFrom() const { return m_restoredFrom; }

private:
    JsonStore &m_store;
    QListWidget *m_list = nullptr;
    QLabel *m_error = nullptr;
    QString m_restoredFrom;
};

} // namespace loopcraft
