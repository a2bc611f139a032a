#include "questiontablemodel.h"

#include "services.h"

#include <algorithm>
#include <QPoint>

namespace loopcraft {

namespace {

QString difficultyTitle(Difficulty difficulty)
{
    switch (difficulty) {
    case Difficulty::Easy:
        return QuestionTableModel::tr("Easy");
    case Difficulty::Medium:
        return QuestionTableModel::tr("Medium");
    case Difficulty::Hard:
        return QuestionTableModel::tr("Hard");
    }
    return {};
}

int stageOrder(const StudyStateProvider *provider, const QString &id)
{
    if (!provider)
        return 0;
    const StudyState state = provider->studyState(id);
    return state.due ? 4 : static_cast<int>(state.stage);
}

} // namespace

QuestionTableModel::QuestionTableModel(Services &services, QObject *parent)
    : QAbstractTableModel(parent), m_services(services)
{
}

void QuestionTableModel::setRows(std::vector<int> rows, const SearchResult &result)
{
    beginResetModel();
    m_relevance = std::move(rows);
    m_result.terms = result.terms;
    m_result.phrases = result.phrases;
    m_rows = m_relevance;
    applySort();
    endResetModel();
}

void QuestionTableModel::sortByRelevance()
{
    sort(-1);
}

int QuestionTableModel::rowOfQuestion(int questionIndex) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), questionIndex);
    return it == m_rows.end() ? -1 : static_cast<int>(it - m_rows.begin());
}

int QuestionTableModel::questionAt(int row) const
{
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)] : -1;
}

void QuestionTableModel::refreshStatus()
{
    if (!m_rows.empty())
        emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

int QuestionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int QuestionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuestionTableModel::statusText(const Question &q) const
{
    QString text;
    if (const StudyStateProvider *provider = m_services.studyState) {
        const StudyState state = provider->studyState(q.id);
        switch (state.stage) {
        case StudyState::Stage::New:
            text = tr("New");
            break;
        case StudyState::Stage::Learning:
            text = tr("Learning");
            break;
        case StudyState::Stage::Review:
            text = tr("Review");
            break;
        case StudyState::Stage::Relearning:
            text = tr("Relearning");
            break;
        }
        if (state.due)
            text = tr("%1, due").arg(text);
    } else {
        text = tr("New");
    }
    if (m_services.library.isBookmarked(q.id))
        text = QStringLiteral("★ ") + text;
    return text;
}

QVariant QuestionTableModel::data(const QModelIndex &index, int role) const
{
    const int question = questionAt(index.row());
    if (question < 0 || question >= static_cast<int>(m_services.questions.questions().size()))
        return {};
    const Question &q = m_services.questions.questions()[static_cast<std::size_t>(question)];
    auto display = [&]() -> QString {
        switch (index.column()) {
        case TitleColumn:
            return q.title;
        case CategoryColumn:
            return categoryTitle(q.category);
        case DifficultyColumn:
            return difficultyTitle(q.difficulty);
        case StatusColumn:
            return statusText(q);
        case TagsColumn:
            return q.tags.join(QStringLiteral(", "));
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return display();
    case Qt::ToolTipRole:
        if (index.column() == CategoryColumn && !q.subcategory.isEmpty())
            return tr("%1 › %2").arg(categoryTitle(q.category), q.subcategory);
        if (index.column() == TitleColumn)
            return q.prompt == q.title ? q.title : QStringLiteral("%1\n\n%2").arg(q.title, q.prompt);
        return display();
    case QuestionIndexRole:
        return question;
    case HighlightRole: {
        if (!m_result.hasHighlights() || (index.column() != TitleColumn && index.column() != TagsColumn))
            return {};
        QVariantList ranges;
        for (const auto &[start, length] : m_result.matchRanges(display()))
            ranges << QPoint(start, length);
        return ranges;
    }
    default:
        return {};
    }
}

QVariant QuestionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case CategoryColumn:
        return tr("Category");
    case DifficultyColumn:
        return tr("Difficulty");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    default:
        return {};
    }
}

void QuestionTableModel::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> questionsBefore;
    for (const QModelIndex &i : before)
        questionsBefore.push_back(questionAt(i.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    m_rows = m_relevance;
    applySort();
    QModelIndexList after;
    for (std::size_t k = 0; k < questionsBefore.size(); ++k) {
        const int row = rowOfQuestion(questionsBefore[k]);
        after << (row < 0 ? QModelIndex() : index(row, before[static_cast<qsizetype>(k)].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void QuestionTableModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount)
        return;
    const auto &qs = m_services.questions.questions();
    auto at = [&qs](int i) -> const Question & { return qs[static_cast<std::size_t>(i)]; };
    const StudyStateProvider *provider = m_services.studyState;
    const LibraryStore &library = m_services.library;
    auto less = [&](int a, int b) -> bool {
        const Question &x = at(a), &y = at(b);
        int c = 0;
        switch (m_sortColumn) {
        case TitleColumn:
            c = x.title.compare(y.title, Qt::CaseInsensitive);
            break;
        case CategoryColumn:
            c = x.category.compare(y.category);
            if (c == 0)
                c = x.subcategory.compare(y.subcategory, Qt::CaseInsensitive);
            break;
        case DifficultyColumn:
            c = int(x.difficulty) - int(y.difficulty);
            break;
        case StatusColumn:
            c = (library.isBookmarked(y.id) ? 1 : 0) - (library.isBookmarked(x.id) ? 1 : 0);
            if (c == 0)
                c = stageOrder(provider, x.id) - stageOrder(provider, y.id);
            break;
        case TagsColumn:
            c = x.tags.join(QLatin1Char(' ')).compare(y.tags.join(QLatin1Char(' ')));
            break;
        default:
            break;
        }
        if (c == 0)
            return false; // stable: ties keep the search's order
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), less);
}

} // namespace loopcraft
