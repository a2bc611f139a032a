#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace loopcraft {

class PrincipleCatalogue;
class StoryBank;

// The active stories of a StoryBank as a list: title and a short line (principles, length, date).
class StoryListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        ModifiedRole,
        CreatedRole,
        WordsRole,
        PrinciplesRole,
        TagsRole,
        SearchTextRole,
        SubtitleRole, // the principles, or a hint when there are none
    };

    StoryListModel(const StoryBank &bank, const PrincipleCatalogue &principles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // After stories were added, deleted, restored or imported.
    void reload();
    // After one story's words changed.
    void storyChanged(const QString &id);
    int rowOf(const QString &id) const { return static_cast<int>(m_ids.indexOf(id)); }
    QString idAt(int row) const { return m_ids.value(row); }

private:
    const StoryBank &m_bank;
    const PrincipleCatalogue &m_principles;
    QStringList m_ids;
};

} // namespace loopcraft
