#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace loopcraft {

// One condition of a search, as the query parser reads it ("tag:xgboost", "-word", ...).
struct QueryAtom {
    enum class Kind {
        Word,       // a word: stem, prefix and typo tolerant
        Wildcard,   // a word with '*' (any run) or '_' (one character)
        Phrase,     // "quoted words", adjacent and in order
        Tag,        // tag:x (wildcards allowed)
        Category,   // cat:x, matches the category or subcategory id
        Difficulty, // diff:easy|medium|hard
        Bookmarked, // is:bookmarked
        Due,        // is:due
        New,        // is:new
        Learning,   // is:learn
        Review,     // is:review
        Interval,   // prop:ivl<op>N
    };
    enum class Compare { Less, LessEqual, Equal, GreaterEqual, Greater };

    Kind kind = Kind::Word;
    bool negated = false;
    QString text;      // the folded word, pattern, tag, category or difficulty id
    QStringList words; // Phrase: its folded words
    Compare compare = Compare::Equal;
    double number = 0.0;
};

// A parsed query: every atom must hold (AND); problems are sentences for the user, and the
// atoms that could be read still apply.
struct Query {
    std::vector<QueryAtom> atoms;
    QStringList problems;

    bool isEmpty() const { return atoms.empty(); }
    bool hasText() const; // any positive word, wildcard or phrase (the ranked part)
};

} // namespace loopcraft
