#include "studyscope.h"

#include "library/queryparser.h"
#include "library/questionbank.h"
#include "library/searchindex.h"

#include <QCoreApplication>

namespace loopcraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("StudyScope", text); }

} // namespace

bool StudyScope::matches(const Question &question) const
{
    switch (kind) {
    case Kind::Everything: return true;
    case Kind::Category: return question.category == value;
    case Kind::Tag: return question.tags.contains(value, Qt::CaseInsensitive);
    case Kind::Difficulty: return difficultyId(question.difficulty) == value;
    case Kind::Search: return resolved && resolved->contains(question.id);
    }
    return false;
}

QString StudyScope::label() const
{
    switch (kind) {
    case Kind::Everything: return tr("Everything");
    case Kind::Category: return tr("Category: %1").arg(categoryTitle(value));
    case Kind::Tag: return tr("Tag: %1").arg(value);
    case Kind::Difficulty: return tr("Difficulty: %1").arg(value);
    case Kind::Search: return tr("Search: %1").arg(name.isEmpty() ? value : name);
    }
    return {};
}

void StudyScope::resolve(const QuestionBank &bank, const SearchContext &context, const SearchIndex *index)
{
    if (kind != Kind::Search)
        return;
    resolved.emplace();
    problems.clear();
    Query query = QueryParser::parse(value);
    problems = query.problems;
    if (query.isEmpty()) {
        // The Library lists everything for an empty search; a study scope that silently became
        // "everything" because of a typo would be a surprise, so it finds nothing instead.
        problems << (value.trimmed().isEmpty() ? tr("The saved search is empty.")
                                               : tr("The saved search has no condition that can be read."));
        return;
    }
    SearchIndex built;
    if (!index) {
        built.build(bank.questions());
        index = &built;
    }
    const SearchResult result = index->search(std::move(query), context);
    const auto &questions = bank.questions();
    resolved->reserve(static_cast<qsizetype>(result.hits.size()));
    for (const SearchHit &hit : result.hits)
        if (hit.question >= 0 && static_cast<std::size_t>(hit.question) < questions.size())
            resolved->insert(questions[static_cast<std::size_t>(hit.question)].id);
}

} // namespace loopcraft
