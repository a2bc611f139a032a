#include "storyfiltermodel.h"

#include "storylistmodel.h"

#include <QDateTime>

namespace loopcraft {

void StoryFilterModel::setSearch(const QString &text)
{
    const QStringList terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms)
        return;
    m_terms = terms;
    invalidateFilter();
}

void StoryFilterModel::setPrinciple(const QString &principleId)
{
    if (principleId == m_principle)
        return;
    m_principle = principleId;
    invalidateFilter();
}

void StoryFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void StoryFilterModel::setOrder(Order order)
{
    m_order = order;
    invalidate();
    // Newest first for dates and longest first for length; titles A to Z.
    sort(0, order == Order::Title ? Qt::AscendingOrder : Qt::DescendingOrder);
}

bool StoryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_principle.isEmpty() &&
        !index.data(StoryListModel::PrinciplesRole).toStringList().contains(m_principle))
        return false;
    if (!m_tag.isEmpty() &&
        !index.data(StoryListModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QString text = index.data(StoryListModel::SearchTextRole).toString();
    for (const QString &term : m_terms)
        if (!text.contains(term, Qt::CaseInsensitive))
            return false;
    return true;
}

bool StoryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (m_order) {
    case Order::LastEdited:
        return left.data(StoryListModel::ModifiedRole).toDateTime() <
               right.data(StoryListModel::ModifiedRole).toDateTime();
    case Order::Created:
        return left.data(StoryListModel::CreatedRole).toDateTime() <
               right.data(StoryListModel::CreatedRole).toDateTime();
    case Order::Length:
        return left.data(StoryListModel::WordsRole).toInt() < right.data(StoryListModel::WordsRole).toInt();
    case Order::Title:
        break;
    }
    return QString::localeAwareCompare(left.data(StoryListModel::TitleRole).toString(),
                                       right.data(StoryListModel::TitleRole).toString()) < 0;
}

} // namespace loopcraft
