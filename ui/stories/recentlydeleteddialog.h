#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace loopcraft {

class StoryBank;

// "Recently deleted": deleted stories wait here to be restored or deleted for good.
class RecentlyDeletedDialog : public QDialog {
    Q_OBJECT
public:
    RecentlyDeletedDialog(StoryBank &bank, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QStringList restoredIds() const { return m_restored; }
    bool changed() const { return m_changed; }
    void restoreSelected();
    void purgeSelected();

private:
    void fill();

    StoryBank &m_bank;
    QListWidget *m_list = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_purge = nullptr;
    QStringList m_restored;
    bool m_changed = false;
};

} // namespace loopcraft
