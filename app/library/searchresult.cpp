#include "searchresult.h"

#include "tokenizer.h"

namespace loopcraft {

namespace {

bool isJoiner(QStringView gap)
{
    for (QChar c : gap)
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('_') && c != QLatin1Char('/'))
            return false;
    return true;
}

} // namespace

QList<QPair<int, int>> SearchResult::matchRanges(QStringView text) const
{
    QList<QPair<int, int>> ranges;
    if (!hasHighlights() || text.isEmpty())
        return ranges;
    const QList<Token> tokens = Tokenizer::tokenize(text);
    std::vector<bool> marked(static_cast<std::size_t>(tokens.size()), false);
    for (qsizetype i = 0; i < tokens.size(); ++i)
        if (terms.contains(tokens[i].term))
            marked[static_cast<std::size_t>(i)] = true;
    for (const QStringList &phrase : phrases) {
        for (qsizetype i = 0; i + phrase.size() <= tokens.size(); ++i) {
            bool all = true;
            for (qsizetype k = 0; k < phrase.size() && all; ++k)
                all = Tokenizer::stem(tokens[i + k].term) == Tokenizer::stem(phrase[k]);
            if (all)
                for (qsizetype k = 0; k < phrase.size(); ++k)
                    marked[static_cast<std::size_t>(i + k)] = true;
        }
    }
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (!marked[static_cast<std::size_t>(i)])
            continue;
        // Adjacent marked words with only spaces or joiners between them become one range.
        const int start = tokens[i].start;
        int end = tokens[i].start + tokens[i].length;
        while (i + 1 < tokens.size() && marked[static_cast<std::size_t>(i + 1)] &&
               isJoiner(text.mid(end, tokens[i + 1].start - end))) {
            ++i;
            end = tokens[i].start + tokens[i].length;
        }
        ranges.append({start, end - start});
    }
    return ranges;
}

} // namespace loopcraft
