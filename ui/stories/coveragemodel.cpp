#include "coveragemodel.h"

#include "stories/principlecatalogue.h"
#include "stories/storybank.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace loopcraft {

CoverageModel::CoverageModel(const StoryBank &bank, const PrincipleCatalogue &principles, QObject *parent)
    : QAbstractTableModel(parent), m_bank(bank), m_principles(principles)
{
    reload();
}

void CoverageModel::reload()
{
    beginResetModel();
    m_principleIds.clear();
    for (const LeadershipPrinciple &principle : m_principles.principles())
        m_principleIds << principle.id;
    m_storyIds.clear();
    m_storyPrinciples.clear();
    for (const Story *story : m_bank.activeStories()) {
        m_storyIds << story->id;
        m_storyPrinciples << story->principles;
    }
    endResetModel();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_principleIds.size());
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_storyIds.size()) + 1;
}

int CoverageModel::countFor(const QString &principleId) const
{
    int count = 0;
    for (const QStringList &principles : m_storyPrinciples)
        count += principles.contains(principleId) ? 1 : 0;
    return count;
}

int CoverageModel::gapCount() const
{
    int gaps = 0;
    for (const QString &id : m_principleIds)
        gaps += countFor(id) == 0 ? 1 : 0;
    return gaps;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QString principleId = m_principleIds.value(index.row());
    const int count = countFor(principleId);
    if (role == PrincipleIdRole)
        return principleId;
    if (role == CountRole)
        return count;
    if (role == GapRole)
        return count == 0;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return count == 0 ? tr("gap") : QString::number(count);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::ForegroundRole:
            return count == 0 ? QVariant(QBrush(QColor(0xd9, 0x53, 0x4f))) : QVariant();
        case Qt::FontRole: {
            QFont font;
            font.setWeight(QFont::DemiBold);
            return font;
        }
        case Qt::ToolTipRole:
            return count == 0
                       ? tr("No story proves %1 yet").arg(m_principles.nameOf(principleId))
                       : tr("%n stories prove %1", nullptr, count).arg(m_principles.nameOf(principleId));
        default:
            return {};
        }
    }
    const int storyColumn = index.column() - 1;
    const bool tagged = m_storyPrinciples.value(storyColumn).contains(principleId);
    switch (role) {
    case StoryIdRole:
        return m_storyIds.value(storyColumn);
    case Qt::DisplayRole:
        return tagged ? QStringLiteral("●") : QString();
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return count == 0 ? QVariant(QBrush(QColor(0xd9, 0x53, 0x4f, 40))) : QVariant();
    case Qt::ToolTipRole: {
        const Story *story = m_bank.find(m_storyIds.value(storyColumn));
        const QString title =
            story && !story->title.trimmed().isEmpty() ? story->title : tr("Untitled story");
        return tagged ? tr("\"%1\" proves %2").arg(title, m_principles.nameOf(principleId))
                      : tr("\"%1\" is not tagged with %2").arg(title, m_principles.nameOf(principleId));
    }
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const QString id = m_principleIds.value(section);
        if (role == Qt::DisplayRole)
            return m_principles.nameOf(id);
        if (role == Qt::ToolTipRole) {
            const LeadershipPrinciple *principle = m_principles.find(id);
            return principle && !principle->summary.isEmpty() ? principle->summary : m_principles.nameOf(id);
        }
        return {};
    }
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Stories")) : QVariant();
    const Story *story = m_bank.find(m_storyIds.value(section - 1));
    const QString title =
        story && !story->title.trimmed().isEmpty() ? story->title.trimmed() : tr("Untitled story");
    if (role == Qt::DisplayRole) // a column fits about 14 characters; the tooltip has the rest
        return title.size() > 14 ? title.left(13).trimmed() + QStringLiteral("…") : title;
    if (role == Qt::ToolTipRole)
        return title;
    return {};
}

} // namespace loopcraft
