#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace loopcraft {

// One question found by a search, with its rank score (higher is better; 0 without words).
struct SearchHit {
    int question = -1; // index into QuestionBank::questions()
    float score = 0.0f;
};

// What a search found, best first, and what matched so views can highlight it.
struct SearchResult {
    std::vector<SearchHit> hits;
    QSet<QString> terms;        // folded words that matched (stems, prefixes, typos included)
    QList<QStringList> phrases; // folded phrases asked for
    QStringList problems;       // parts of the query that could not be read

    // Where the matched words sit in text: (start, length) pairs in text's own positions.
    QList<QPair<int, int>> matchRanges(QStringView text) const;
    bool hasHighlights() const { return !terms.isEmpty() || !phrases.isEmpty(); }
};

} // namespace loopcraft
