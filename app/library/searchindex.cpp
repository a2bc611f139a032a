#include "searchindex.h"

#include "queryparser.h"
#include "studystate.h"
#include "tokenizer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <QCoreApplication>

namespace loopcraft {

namespace {

constexpr float kK1 = 1.2f;
constexpr float kB = 0.75f;

// Counts words the way Tokenizer does, without building strings: field lengths for BM25.
int countWords(QStringView text)
{
    int count = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool word = c.isLetterOrNumber();
        if (word && !inWord)
            ++count;
        inWord = word || (inWord && c.category() == QChar::Mark_NonSpacing);
    }
    return count;
}

// The texts of one field: a list field is several texts, so phrases never run across items.
template <typename F> void forEachFieldText(const Question &q, int field, F &&f)
{
    switch (field) {
    case SearchIndex::Title: f(QStringView(q.title)); break;
    case SearchIndex::Prompt:
        if (q.prompt != q.title)
            f(QStringView(q.prompt));
        break;
    case SearchIndex::KeyPoints:
        for (const QString &s : q.keyPoints)
            f(QStringView(s));
        break;
    case SearchIndex::Tags:
        for (const QString &s : q.tags)
            f(QStringView(s));
        break;
    case SearchIndex::FollowUps:
        for (const QString &s : q.followUps)
            f(QStringView(s));
        break;
    case SearchIndex::Answer: f(QStringView(q.answer)); break;
    default: break;
    }
}

// Optimal string alignment distance of at most one (one insertion, deletion, substitution or
// swap of neighbours).
bool withinOneEdit(QStringView a, QStringView b)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(la - lb) > 1)
        return false;
    qsizetype i = 0;
    while (i < la && i < lb && a[i] == b[i])
        ++i;
    if (i == la && i == lb)
        return true;
    if (la == lb) {
        if (a.mid(i + 1) == b.mid(i + 1))
            return true; // substitution
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2);
    }
    if (la > lb)
        return a.mid(i + 1) == b.mid(i);
    return a.mid(i) == b.mid(i + 1);
}

// '*' any run of characters, '_' exactly one.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('_') || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            star = p++;
            mark = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

bool hasWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('_'));
}

// Best first, then bank order: a radix sort on (score, index) keys, far quicker than a
// comparison sort when a common word matches most of a 100,000-question bank.
void sortHits(std::vector<SearchHit> &hits)
{
    std::vector<std::uint64_t> keys(hits.size());
    for (std::size_t i = 0; i < hits.size(); ++i) {
        std::uint32_t bits;
        static_assert(sizeof(bits) == sizeof(float));
        std::memcpy(&bits, &hits[i].score, sizeof bits); // positive floats order like integers
        keys[i] = (std::uint64_t(~bits) << 32) | std::uint32_t(hits[i].question);
    }
    if (keys.size() < 4096) {
        std::sort(keys.begin(), keys.end());
    } else {
        std::vector<std::uint64_t> buffer(keys.size());
        std::vector<std::size_t> counts(65537);
        for (int shift = 0; shift < 64; shift += 16) {
            std::fill(counts.begin(), counts.end(), 0);
            for (std::uint64_t k : keys)
                ++counts[((k >> shift) & 0xffff) + 1];
            for (std::size_t i = 1; i < counts.size(); ++i)
                counts[i] += counts[i - 1];
            for (std::uint64_t k : keys)
                buffer[counts[(k >> shift) & 0xffff]++] = k;
            keys.swap(buffer);
        }
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto index = static_cast<std::uint32_t>(keys[i] & 0xffffffffu);
        const auto bits = ~static_cast<std::uint32_t>(keys[i] >> 32);
        float score;
        std::memcpy(&score, &bits, sizeof score);
        hits[i] = {static_cast<int>(index), score};
    }
}

bool compare(double value, QueryAtom::Compare op, double number)
{
    switch (op) {
    case QueryAtom::Compare::Less:
        return value < number;
    case QueryAtom::Compare::LessEqual:
        return value <= number;
    case QueryAtom::Compare::Equal:
        return std::abs(value - number) < 0.5;
    case QueryAtom::Compare::GreaterEqual:
        return value >= number;
    case QueryAtom::Compare::Greater:
        return value > number;
    }
    return false;
}

} // namespace

void SearchIndex::build(const std::vector<Question> &questions)
{
    m_questions = &questions;
    m_docCount = questions.size();
    m_terms.clear();
    m_postings.clear();
    m_termIds.clear();
    m_stems.clear();
    m_byLength.clear();
    m_forward.clear();
    m_forwardStart.clear();
    m_tagDocs.clear();
    m_categoryNames.clear();
    m_docCategory.assign(questions.size(), 0);
    m_docSubcategory.assign(questions.size(), 0);
    m_docDifficulty.assign(questions.size(), 0);
    m_docsById.clear();
    m_categoryNames << QString(); // id 0: no subcategory
    QHash<QString, std::uint16_t> categoryIds{{QString(), std::uint16_t(0)}};
    auto categoryId = [&](const QString &name) {
        const QString folded = name.toLower();
        auto it = categoryIds.constFind(folded);
        if (it != categoryIds.constEnd())
            return it.value();
        const auto id = static_cast<std::uint16_t>(std::min<qsizetype>(m_categoryNames.size(), 65535));
        categoryIds.insert(folded, id);
        m_categoryNames << folded;
        return id;
    };
    for (std::size_t d = 0; d < questions.size(); ++d) {
        const Question &q = questions[d];
        m_docCategory[d] = categoryId(q.category);
        m_docSubcategory[d] = categoryId(q.subcategory);
        m_docDifficulty[d] = static_cast<std::uint8_t>(q.difficulty);
        m_docsById.insert(q.id, static_cast<std::uint32_t>(d));
        for (const QString &tag : q.tags) {
            auto &docs = m_tagDocs[tag.toLower()];
            if (docs.empty() || docs.back() != d)
                docs.push_back(static_cast<std::uint32_t>(d));
        }
    }

    // Average field lengths first: BM25 normalises each field's counts by them.
    std::array<double, FieldCount> average{};
    std::vector<std::array<std::uint16_t, FieldCount>> lengths(questions.size());
    for (std::size_t d = 0; d < questions.size(); ++d)
        for (int f = 0; f < FieldCount; ++f) {
            int n = 0;
            forEachFieldText(questions[d], f, [&n](QStringView text) { n += countWords(text); });
            lengths[d][static_cast<std::size_t>(f)] = static_cast<std::uint16_t>(std::min(n, 65535));
            average[static_cast<std::size_t>(f)] += n;
        }
    for (double &a : average)
        a = questions.empty() ? 1.0 : std::max(1.0, a / double(questions.size()));

    // Terms get provisional ids in order of appearance; sorted at the end.
    QHash<QString, int> ids;
    std::vector<QString> terms;
    std::vector<std::vector<Posting>> postings;
    std::vector<int> slot; // term id -> index into local, or -1
    std::vector<std::pair<int, std::array<std::uint16_t, FieldCount>>> local;
    m_forwardStart.reserve(questions.size() + 1);
    for (std::size_t d = 0; d < questions.size(); ++d) {
        local.clear();
        m_forwardStart.push_back(static_cast<std::uint32_t>(m_forward.size()));
        for (int f = 0; f < FieldCount; ++f) {
            auto addTerm = [&](const QString &term, int, int) {
                auto it = ids.constFind(term);
                int id;
                if (it == ids.constEnd()) {
                    id = static_cast<int>(terms.size());
                    const QString key(term.constData(), term.size());  // its own copy, not the buffer
                    ids.insert(key, id);
                    terms.push_back(key);
                    postings.emplace_back();
                    slot.push_back(-1);
                } else {
                    id = it.value();
                }
                m_forward.push_back(static_cast<std::uint32_t>(id));
                int &s = slot[static_cast<std::size_t>(id)];
                if (s < 0) {
                    s = static_cast<int>(local.size());
                    local.push_back({id, {}});
                }
                auto &tf = local[static_cast<std::size_t>(s)].second[static_cast<std::size_t>(f)];
                if (tf < 65535)
                    ++tf;
            };
            forEachFieldText(questions[d], f, [&](QStringView text) {
                m_forward.push_back(kFieldBreak);  // phrases never cross fields or list items
                Tokenizer::forEachTerm(text, addTerm);
            });
        }
        for (const auto &[id, tf] : local) {
            float weight = 0.0f;
            for (std::size_t f = 0; f < FieldCount; ++f) {
                if (tf[f] == 0)
                    continue;
                const float norm = 1.0f - kB + kB * float(lengths[d][f]) / float(average[f]);
                weight += kFieldWeights[f] * float(tf[f]) * (kK1 + 1.0f) / (float(tf[f]) + kK1 * norm);
            }
            postings[static_cast<std::size_t>(id)].push_back({static_cast<std::uint32_t>(d), weight});
            slot[static_cast<std::size_t>(id)] = -1;
        }
    }

    m_forwardStart.push_back(static_cast<std::uint32_t>(m_forward.size()));

    // Sort the vocabulary (prefix ranges), then fold the idf into each posting's weight.
    std::vector<int> order(terms.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&terms](int a, int b) {
        return terms[static_cast<std::size_t>(a)] < terms[static_cast<std::size_t>(b)];
    });
    m_terms.reserve(terms.size());
    m_postings.reserve(terms.size());
    const double n = double(questions.size());
    for (int old : order) {
        const int id = static_cast<int>(m_terms.size());
        QString &term = terms[static_cast<std::size_t>(old)];
        std::vector<Posting> &list = postings[static_cast<std::size_t>(old)];
        const double df = double(list.size());
        const float idf = float(std::log(1.0 + (n - df + 0.5) / (df + 0.5)));
        for (Posting &p : list)
            p.weight *= idf;
        m_termIds.insert(term, id);
        m_stems[Tokenizer::stem(term)].push_back(id);
        const auto length = static_cast<std::size_t>(term.size());
        if (m_byLength.size() <= length)
            m_byLength.resize(length + 1);
        m_byLength[length].push_back(id);
        m_terms.push_back(std::move(term));
        m_postings.push_back(std::move(list));
    }
    std::vector<std::uint32_t> renumber(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        renumber[static_cast<std::size_t>(order[i])] = static_cast<std::uint32_t>(i);
    for (std::uint32_t &id : m_forward)
        if (id != kFieldBreak)
            id = renumber[id];
}

std::vector<SearchIndex::Expansion> SearchIndex::expandStem(const QString &word) const
{
    std::vector<Expansion> out;
    const auto it = m_stems.constFind(Tokenizer::stem(word));
    if (it != m_stems.constEnd())
        for (int id : it.value())
            out.push_back({id, 1.0f});
    return out;
}

std::vector<SearchIndex::Expansion> SearchIndex::expand(const QString &word, bool prefix, bool typos) const
{
    std::vector<Expansion> out = expandStem(word);
    auto has = [&out](int id) {
        return std::any_of(out.begin(), out.end(), [id](const Expansion &e) { return e.term == id; });
    };
    if (prefix && word.size() >= 2) {
        const std::size_t exact = out.size();
        auto it = std::lower_bound(m_terms.begin(), m_terms.end(), word);
        for (; it != m_terms.end() && it->startsWith(word); ++it) {
            const int id = static_cast<int>(it - m_terms.begin());
            bool seen = false;
            for (std::size_t k = 0; k < exact && !seen; ++k)
                seen = out[k].term == id;
            if (!seen)
                out.push_back({id, kPrefixFactor});
        }
    }
    // Digits carry meaning ("resnet50", "gpt4", "l1"): a different digit is another word.
    const bool hasDigit = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    if (typos && word.size() >= kTypoMinLength && !hasDigit) {
        const auto length = static_cast<std::size_t>(word.size());
        for (std::size_t l = length - 1; l <= length + 1 && l < m_byLength.size(); ++l)
            for (int id : m_byLength[l])
                if (withinOneEdit(word, m_terms[static_cast<std::size_t>(id)]) && !has(id))
                    out.push_back({id, kTypoFactor});
    }
    return out;
}

std::vector<SearchIndex::Expansion> SearchIndex::expandWildcard(const QString &pattern) const
{
    std::vector<Expansion> out;
    // The literal head narrows the scan to one range of the sorted vocabulary.
    qsizetype head = 0;
    while (head < pattern.size() && pattern[head] != QLatin1Char('*') && pattern[head] != QLatin1Char('_'))
        ++head;
    const QString literal = pattern.left(head);
    auto it = literal.isEmpty() ? m_terms.begin() : std::lower_bound(m_terms.begin(), m_terms.end(), literal);
    for (; it != m_terms.end() && it->startsWith(literal); ++it)
        if (globMatch(pattern, *it))
            out.push_back({static_cast<int>(it - m_terms.begin()), kPrefixFactor});
    return out;
}

QStringList SearchIndex::expansions(const QString &word) const
{
    QStringList out;
    const QString folded = Tokenizer::fold(word);
    const bool wildcard = folded.contains(QLatin1Char('*')) || folded.contains(QLatin1Char('_'));
    for (const Expansion &e : wildcard ? expandWildcard(folded) : expand(folded, true, true))
        out << m_terms[static_cast<std::size_t>(e.term)];
    return out;
}

std::vector<char> SearchIndex::conditionMask(const QueryAtom &atom, const SearchContext &context) const
{
    using Kind = QueryAtom::Kind;
    std::vector<char> mask;
    const std::size_t n = m_docCount;
    switch (atom.kind) {
    case Kind::Tag: {
        mask.assign(n, 0);
        const bool wild = hasWildcard(atom.text);
        for (auto it = m_tagDocs.cbegin(); it != m_tagDocs.cend(); ++it) {
            const QString &tag = it.key();
            // Anki's hierarchy: tag:ml also finds ml::trees.
            const bool match = wild ? globMatch(atom.text, tag)
                                    : tag.startsWith(atom.text) &&
                                          (tag.size() == atom.text.size() ||
                                           QStringView(tag).mid(atom.text.size()).startsWith(u"::"));
            if (match)
                for (std::uint32_t d : it.value())
                    mask[d] = 1;
        }
        break;
    }
    case Kind::Category: {
        std::vector<char> names(static_cast<std::size_t>(m_categoryNames.size()), 0);
        for (qsizetype i = 1; i < m_categoryNames.size(); ++i)
            names[static_cast<std::size_t>(i)] = globMatch(atom.text, m_categoryNames[i]) ? 1 : 0;
        mask.assign(n, 0);
        for (std::size_t d = 0; d < n; ++d)
            mask[d] = names[m_docCategory[d]] | names[m_docSubcategory[d]];
        break;
    }
    case Kind::Difficulty: {
        const auto level = difficultyFromId(atom.text);
        mask.assign(n, 0);
        if (level)
            for (std::size_t d = 0; d < n; ++d)
                mask[d] = m_docDifficulty[d] == static_cast<std::uint8_t>(*level);
        break;
    }
    case Kind::Bookmarked:
        mask.assign(n, 0);
        if (context.bookmarks)
            for (const QString &id : *context.bookmarks)
                if (const auto it = m_docsById.constFind(id); it != m_docsById.constEnd() && it.value() < n)
                    mask[it.value()] = 1;
        break;
    default:
        break;
    }
    return mask;
}

bool SearchIndex::matchesStructured(const QueryAtom &atom, const Question &q,
                                    const SearchContext &context) const
{
    using Kind = QueryAtom::Kind;
    switch (atom.kind) {
    case Kind::Tag: {
        const bool wild = hasWildcard(atom.text);
        return std::any_of(q.tags.begin(), q.tags.end(), [&atom, wild](const QString &tag) {
            if (wild)
                return globMatch(atom.text, tag);
            // Anki's hierarchy: tag:ml also finds ml::trees.
            return tag.startsWith(atom.text) && (tag.size() == atom.text.size() ||
                                                 QStringView(tag).mid(atom.text.size()).startsWith(u"::"));
        });
    }
    case Kind::Category:
        if (hasWildcard(atom.text))
            return globMatch(atom.text, q.category) ||
                   (!q.subcategory.isEmpty() && globMatch(atom.text, q.subcategory));
        return q.category == atom.text || q.subcategory.compare(atom.text, Qt::CaseInsensitive) == 0;
    case Kind::Difficulty:
        return difficultyId(q.difficulty) == atom.text;
    case Kind::Bookmarked:
        return context.bookmarks && context.bookmarks->contains(q.id);
    case Kind::New:
        return !context.studyState || context.studyState->studyState(q.id).stage == StudyState::Stage::New;
    case Kind::Due:
        return context.studyState && context.studyState->studyState(q.id).due;
    case Kind::Learning: {
        if (!context.studyState)
            return false;
        const auto stage = context.studyState->studyState(q.id).stage;
        return stage == StudyState::Stage::Learning || stage == StudyState::Stage::Relearning;
    }
    case Kind::Review:
        return context.studyState && context.studyState->studyState(q.id).stage == StudyState::Stage::Review;
    case Kind::Interval:
        return context.studyState &&
               compare(context.studyState->studyState(q.id).intervalDays, atom.compare, atom.number);
    case Kind::Word:
    case Kind::Wildcard:
    case Kind::Phrase:
        break;
    }
    return true;
}

std::vector<std::vector<int>> SearchIndex::phraseTerms(const QStringList &words) const
{
    std::vector<std::vector<int>> out;
    for (const QString &word : words) {
        std::vector<int> ids;
        for (const Expansion &e : expandStem(word))
            ids.push_back(e.term);
        out.push_back(std::move(ids));
    }
    return out;
}

bool SearchIndex::containsPhrase(std::uint32_t doc, const std::vector<std::vector<int>> &words) const
{
    if (words.empty() || doc + 1 >= m_forwardStart.size())
        return false;
    const std::uint32_t *begin = m_forward.data() + m_forwardStart[doc];
    const std::uint32_t *end = m_forward.data() + m_forwardStart[doc + 1];
    const std::size_t k = words.size();
    if (k == 2 && words[0].size() == 1 && words[1].size() == 1) {
        // The common case, two words each with one form: a tight loop the compiler unrolls.
        const auto a = static_cast<std::uint32_t>(words[0][0]), b = static_cast<std::uint32_t>(words[1][0]);
        for (const std::uint32_t *p = begin; p + 1 < end; ++p)
            if (p[0] == a && p[1] == b)
                return true;
        return false;
    }
    auto is = [](std::uint32_t id, const std::vector<int> &set) {
        for (int s : set)
            if (static_cast<std::uint32_t>(s) == id)
                return true;
        return false;
    };
    for (const std::uint32_t *p = begin; p + k <= end; ++p) {
        std::size_t i = 0;
        while (i < k && is(p[i], words[i]))
            ++i;
        if (i == k)
            return true;
    }
    return false;
}

SearchResult SearchIndex::search(const QString &text, const SearchFilter &filter,
                                 const SearchContext &context) const
{
    Query query = QueryParser::parse(text);
    filter.applyTo(query);
    return search(std::move(query), context);
}

SearchResult SearchIndex::search(Query query, const SearchContext &context) const
{
    SearchResult result;
    result.problems = query.problems;
    if (!m_questions)
        return result;
    const std::vector<Question> &questions = *m_questions;
    const std::size_t n = std::min(m_docCount, questions.size());

    // Ranked part: every positive word (and each word of a phrase) is one unit that a question
    // must match; within a unit the best-scoring expansion counts, across units scores add up.
    std::vector<float> score;
    std::vector<std::uint16_t> count;
    std::vector<float> unitScore;
    std::vector<std::uint32_t> unitTouched;
    std::vector<std::uint32_t> candidates;
    std::vector<char> excluded;
    std::vector<const QueryAtom *> checks;
    std::vector<std::pair<bool, std::vector<std::vector<int>>>> phrases; // negated?, word ids
    int units = 0;

    auto addUnit = [&](const std::vector<Expansion> &expansions) {
        if (score.empty()) {
            score.assign(n, 0.0f);
            count.assign(n, 0);
            unitScore.assign(n, 0.0f);
        }
        unitTouched.clear();
        for (const Expansion &e : expansions)
            for (const Posting &p : m_postings[static_cast<std::size_t>(e.term)]) {
                if (p.doc >= n)
                    continue;
                const float value = p.weight * e.factor;
                float &slot = unitScore[p.doc];
                if (slot == 0.0f)
                    unitTouched.push_back(p.doc);
                slot = std::max(slot, value);
            }
        for (std::uint32_t d : unitTouched) {
            if (count[d] == units) {
                score[d] += unitScore[d];
                ++count[d];
                if (units == 0)
                    candidates.push_back(d);
            }
            unitScore[d] = 0.0f;
        }
        ++units;
    };
    auto exclude = [&](const std::vector<Expansion> &expansions) {
        if (excluded.empty())
            excluded.assign(n, 0);
        for (const Expansion &e : expansions)
            for (const Posting &p : m_postings[static_cast<std::size_t>(e.term)])
                if (p.doc < n)
                    excluded[p.doc] = 1;
    };
    auto remember = [&](const std::vector<Expansion> &expansions) {
        for (const Expansion &e : expansions)
            result.terms.insert(m_terms[static_cast<std::size_t>(e.term)]);
    };

    for (const QueryAtom &atom : query.atoms) {
        switch (atom.kind) {
        case QueryAtom::Kind::Word:
            if (atom.negated) {
                exclude(expandStem(atom.text));
            } else {
                const auto expansions = expand(atom.text, true, true);
                remember(expansions);
                addUnit(expansions);
            }
            break;
        case QueryAtom::Kind::Wildcard: {
            const auto expansions = expandWildcard(atom.text);
            if (atom.negated) {
                exclude(expansions);
            } else {
                remember(expansions);
                addUnit(expansions);
            }
            break;
        }
        case QueryAtom::Kind::Phrase:
            if (!atom.negated) {
                for (const QString &word : atom.words)
                    addUnit(expandStem(word));
                result.phrases.append(atom.words);
            }
            phrases.push_back({atom.negated, phraseTerms(atom.words)});
            break;
        default:
            checks.push_back(&atom);
            break;
        }
    }

    std::vector<std::vector<char>> masks;
    masks.reserve(checks.size());
    for (const QueryAtom *atom : checks)
        masks.push_back(conditionMask(*atom, context));
    auto accept = [&](std::uint32_t d) {
        if (!excluded.empty() && excluded[d])
            return false;
        const Question &q = questions[d];
        for (std::size_t c = 0; c < checks.size(); ++c) {
            const bool holds =
                masks[c].empty() ? matchesStructured(*checks[c], q, context) : masks[c][d] != 0;
            if (holds == checks[c]->negated)
                return false;
        }
        // Phrases last: the dearest check runs on the fewest questions.
        for (const auto &[negated, words] : phrases)
            if (containsPhrase(d, words) == negated)
                return false;
        return true;
    };

    if (units == 0) {
        result.hits.reserve(n);
        for (std::uint32_t d = 0; d < n; ++d)
            if (accept(d))
                result.hits.push_back({static_cast<int>(d), 0.0f});
        return result;
    }
    for (std::uint32_t d : candidates)
        if (count[d] == units && accept(d))
            result.hits.push_back({static_cast<int>(d), score[d]});
    sortHits(result.hits);
    return result;
}

} // namespace loopcraft
