#pragma once

#include <QAbstractTableModel>
#include <QStringList>

namespace loopcraft {

class PrincipleCatalogue;
class StoryBank;

// The coverage matrix: one row per Leadership Principle, a count column, then one column per
// active story with a mark where the story is tagged with the principle. Gaps are marked.
class CoverageModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { PrincipleIdRole = Qt::UserRole + 1, StoryIdRole, CountRole, GapRole };

    CoverageModel(const StoryBank &bank, const PrincipleCatalogue &principles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload();
    int countFor(const QString &principleId) const;
    int gapCount() const;
    QString principleAt(int row) const { return m_principleIds.value(row); }
    QString storyAt(int column) const { return m_storyIds.value(column - 1); }
    int rowOf(const QString &principleId) const
    {
        return static_cast<int>(m_principleIds.indexOf(principleId));
    }

private:
    const StoryBank &m_bank;
    const PrincipleCatalogue &m_principles;
    QStringList m_principleIds;
    QStringList m_storyIds;
    QList<QStringList> m_storyPrinciples; // per story column
};

} // namespace loopcraft
