#pragma once

#include "query.h"
#include "question.h"
#include "searchfilter.h"
#include "searchresult.h"

#include <cstdint>
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace loopcraft {

class StudyStateProvider;

// What a search needs besides the questions: the personal layer and the review state.
struct SearchContext {
    const QSet<QString> *bookmarks = nullptr;       // ids; null = none bookmarked
    const StudyStateProvider *studyState = nullptr; // null until Practice provides one
};

// An inverted index over the question bank, ranked with BM25 per field and field weights
// (title and key points above tags above the answer body). Words match by stem, by prefix and,
// for words of five letters or more, with one typo. Rebuild after the bank changes.
class SearchIndex {
public:
    enum Field { Title, Prompt, KeyPoints, Tags, FollowUps, Answer, FieldCount };
    static constexpr float kFieldWeights[FieldCount] = {4.0f, 3.0f, 3.5f, 2.5f, 1.0f, 1.0f};
    static constexpr float kPrefixFactor = 0.8f;
    static constexpr float kTypoFactor = 0.6f;
    static constexpr int kTypoMinLength = 5;

    // Indexes the questions; keeps a pointer to them, so the vector must outlive the index
    // (or the next build()).
    void build(const std::vector<Question> &questions);
    int size() const { return static_cast<int>(m_docCount); }
    int vocabularySize() const { return static_cast<int>(m_terms.size()); }

    SearchResult search(const QString &text, const SearchFilter &filter = {},
                        const SearchContext &context = {}) const;
    SearchResult search(Query query, const SearchContext &context = {}) const;

    // Every indexed word that matches a word of the query (stems, prefixes, typos), for tests
    // and highlighting.
    QStringList expansions(const QString &word) const;

private:
    struct Posting {
        std::uint32_t doc;
        float weight;
    };
    struct Expansion {
        int term;
        float factor;
    };

    std::vector<Expansion> expand(const QString &word, bool prefix, bool typos) const;
    std::vector<Expansion> expandWildcard(const QString &pattern) const;
    std::vector<Expansion> expandStem(const QString &word) const;
    bool matchesStructured(const QueryAtom &atom, const Question &question,
                           const SearchContext &context) const;
    // For tag, category, difficulty and bookmark conditions: which documents hold, computed
    // from compact tables (reading every Question would miss the cache 100,000 times).
    std::vector<char> conditionMask(const QueryAtom &atom, const SearchContext &context) const;
    // Each word of a phrase as the set of term ids it may be (its stem group).
    std::vector<std::vector<int>> phraseTerms(const QStringList &words) const;
    bool containsPhrase(std::uint32_t doc, const std::vector<std::vector<int>> &words) const;

    const std::vector<Question> *m_questions = nullptr;
    std::size_t m_docCount = 0;
    std::vector<QString> m_terms;                 // sorted, folded surface forms
    std::vector<std::vector<Posting>> m_postings; // parallel to m_terms
    QHash<QString, int> m_termIds;
    QHash<QString, std::vector<int>> m_stems; // stem -> term ids
    std::vector<std::vector<int>> m_byLength; // length -> term ids, for typo matching
    // Every document's words as term ids, fields separated by kFieldBreak: phrase checks read
    // these instead of tokenizing the text again.
    static constexpr std::uint32_t kFieldBreak = 0xffffffffu;
    std::vector<std::uint32_t> m_forward;
    std::vector<std::uint32_t> m_forwardStart; // per document, plus one end marker
    QHash<QString, std::vector<std::uint32_t>> m_tagDocs;
    QStringList m_categoryNames;                 // categories and subcategories, folded
    std::vector<std::uint16_t> m_docCategory;    // index into m_categoryNames
    std::vector<std::uint16_t> m_docSubcategory; // index into m_categoryNames
    std::vector<std::uint8_t> m_docDifficulty;
    QHash<QString, std::uint32_t> m_docsById;
};

} // namespace loopcraft
