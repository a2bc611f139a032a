#pragma once

#include "query.h"
#include "question.h"

#include <optional>
#include <QString>

namespace loopcraft {

// The Library's filter controls (category tree, combos): conditions added to the typed query.
struct SearchFilter {
    enum class Status { Any, Bookmarked, Due, New, Learning, Review };

    QString category; // category or subcategory id; empty = any
    std::optional<Difficulty> difficulty;
    QString tag; // empty = any
    Status status = Status::Any;

    bool isEmpty() const
    {
        return category.isEmpty() && !difficulty && tag.isEmpty() && status == Status::Any;
    }
    // Appends this filter's conditions to a query.
    void applyTo(Query &query) const;
};

} // namespace loopcraft
