#pragma once

#include "library/question.h"

#include <QString>

namespace loopcraft {

// Which questions a study session draws from. "A saved search" arrives with the Library's
// query language; until then a category, a tag or a difficulty.
struct StudyScope {
    enum class Kind { Everything, Category, Tag, Difficulty };
    Kind kind = Kind::Everything;
    QString value;  // category id, tag, or difficulty id

    bool matches(const Question &question) const;
    QString label() const;  // "Everything", "Category: Fundamentals", ...
    bool operator==(const StudyScope &) const = default;
};

} // namespace loopcraft
