#pragma once

#include "library/question.h"

#include <optional>
#include <QSet>
#include <QString>
#include <QStringList>

namespace loopcraft {

class QuestionBank;
class SearchIndex;
struct SearchContext;

// Which questions a study session draws from: everything, a category, a tag, a difficulty or
// a saved search of the Library.
//
// A saved search is ranked text search plus review-state conditions (is:due, is:new), which a
// per-question test cannot answer: resolve() runs the query once and keeps the ids it found,
// and matches() reads that set. A session keeps its set while it runs, so a new card answered
// in an is:new scope still comes back for its learning steps.
struct StudyScope {
    enum class Kind { Everything, Category, Tag, Difficulty, Search };

    StudyScope() = default;
    StudyScope(Kind scopeKind, QString scopeValue, QString searchName = {})
        : kind(scopeKind), value(std::move(scopeValue)), name(std::move(searchName))
    {
    }

    Kind kind = Kind::Everything;
    QString value;  // category id, tag, difficulty id, or the search's query text
    QString name;   // Search: the saved search's name, for labels

    // Search only: the questions the query found when resolved (none until then), and the
    // parts of the query that could not be read.
    std::optional<QSet<QString>> resolved;
    QStringList problems;

    bool matches(const Question &question) const;
    QString label() const;  // "Everything", "Category: Fundamentals", "Search: NAME", ...
    bool needsResolving() const { return kind == Kind::Search && !resolved; }

    // Runs a Search scope's query over the bank with the Library's search (other kinds are left
    // as they are). index, when given, must be built over bank.questions(); otherwise one is
    // built here. A query with no condition that can be read finds nothing, and says why in
    // problems, rather than quietly becoming "everything".
    void resolve(const QuestionBank &bank, const SearchContext &context, const SearchIndex *index = nullptr);

    bool operator==(const StudyScope &) const = default;
};

} // namespace loopcraft
