#pragma once

#include <QSortFilterProxyModel>

namespace loopcraft {

// Search, principle and tag filters and the sort orders of the story list.
class StoryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Order { LastEdited, Title, Created, Length };

    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString &text);
    void setPrinciple(const QString &principleId); // empty: all
    void setTag(const QString &tag);               // empty: all
    void setOrder(Order order);
    const QString &principle() const { return m_principle; }
    const QString &tag() const { return m_tag; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
    QString m_principle;
    QString m_tag;
    Order m_order = Order::LastEdited;
};

} // namespace loopcraft
