#pragma once

#include "library/searchresult.h"

#include <QAbstractTableModel>
#include <vector>

namespace loopcraft {

struct Services;
struct Question;

// The Library's question list: one row per search hit (best first, or sorted by a column),
// with the matched words' positions for highlighting.
class QuestionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, CategoryColumn, DifficultyColumn, StatusColumn, TagsColumn, ColumnCount };
    enum Role {
        QuestionIndexRole = Qt::UserRole + 1, // int: index into QuestionBank::questions()
        HighlightRole,                        // QVariantList of QPoint(start, length) in the display text
    };

    explicit QuestionTableModel(Services &services, QObject *parent = nullptr);

    // Shows these rows (a search's hits, possibly narrowed further), keeping the sort column.
    void setRows(std::vector<int> rows, const SearchResult &result);
    // Back to the search's own order (relevance).
    void sortByRelevance();
    int rowOfQuestion(int questionIndex) const;
    int questionAt(int row) const;
    const std::vector<int> &rows() const { return m_rows; }
    // Bookmark or review state changed: repaint the status column.
    void refreshStatus();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString statusText(const Question &question) const;
    void applySort();

    Services &m_services;
    std::vector<int> m_relevance; // rows in the search's order
    std::vector<int> m_rows;      // rows as shown
    SearchResult m_result;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace loopcraft
