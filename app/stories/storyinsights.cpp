#include "storyinsights.h"

#include <optional>
#include <QSet>
#include <vector>

namespace loopcraft {

namespace {

// A word: letters, digits and combining marks, with apostrophes and hyphens inside it ("I'm",
// "well-known") and decimal separators between digits ("2.5", "1,000").
struct Token {
    int start = 0;
    int end = 0;
    bool digit = false;
    bool letter = false;
    int length() const { return end - start; }
};

char32_t codePointAt(const QChar *data, int size, int i, int &width)
{
    if (data[i].isHighSurrogate() && i + 1 < size && data[i + 1].isLowSurrogate()) {
        width = 2;
        return QChar::surrogateToUcs4(data[i], data[i + 1]);
    }
    width = 1;
    return data[i].unicode();
}

bool isWordCodePoint(char32_t c)
{
    return QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool isInnerJoiner(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019) || c == QLatin1Char('-') || c == QChar(0x2011);
}

std::vector<Token> tokenize(const QString &text)
{
    std::vector<Token> tokens;
    const QChar *data = text.constData();
    const int size = static_cast<int>(text.size());
    int i = 0;
    while (i < size) {
        int width = 1;
        if (!isWordCodePoint(codePointAt(data, size, i, width))) {
            i += width;
            continue;
        }
        Token token;
        token.start = i;
        bool lastDigit = false;
        while (i < size) {
            const char32_t c = codePointAt(data, size, i, width);
            if (isWordCodePoint(c)) {
                lastDigit = QChar::isDigit(c);
                token.digit = token.digit || lastDigit;
                token.letter = token.letter || QChar::isLetter(c);
                i += width;
                continue;
            }
            if (i + 1 < size) {
                int nextWidth = 1;
                const char32_t next = codePointAt(data, size, i + 1, nextWidth);
                if (isInnerJoiner(data[i]) && isWordCodePoint(next)) {
                    ++i;
                    continue;
                }
                if ((data[i] == QLatin1Char('.') || data[i] == QLatin1Char(',')) && lastDigit &&
                    QChar::isDigit(next)) {
                    ++i;
                    continue;
                }
            }
            break;
        }
        token.end = i;
        tokens.push_back(token);
    }
    return tokens;
}

QString normalised(const QString &text, const Token &token)
{
    QString word = text.mid(token.start, token.length()).toLower();
    word.replace(QChar(0x2019), QLatin1Char('\''));
    word.replace(QChar(0x2011), QLatin1Char('-'));
    return word;
}

bool onlySpaceBetween(const QString &text, int from, int to)
{
    if (from >= to)
        return false;
    for (int i = from; i < to; ++i)
        if (!text[i].isSpace())
            return false;
    return true;
}

int skipSpaces(const QString &text, int i)
{
    while (i < text.size() && text[i].isSpace())
        ++i;
    return i;
}

const QSet<QString> &iForms()
{
    static const QSet<QString> forms{QStringLiteral("i"), QStringLiteral("i'm"), QStringLiteral("i've"),
                                     QStringLiteral("i'd"), QStringLiteral("i'll")};
    return forms;
}

const QSet<QString> &weForms()
{
    static const QSet<QString> forms{QStringLiteral("we"), QStringLiteral("we're"), QStringLiteral("we've"),
                                     QStringLiteral("we'd"), QStringLiteral("we'll")};
    return forms;
}

const QSet<QString> &singleFillers()
{
    static const QSet<QString> words{
        QStringLiteral("basically"), QStringLiteral("just"),      QStringLiteral("maybe"),
        QStringLiteral("actually"),  QStringLiteral("really"),    QStringLiteral("very"),
        QStringLiteral("probably"),  QStringLiteral("literally"), QStringLiteral("stuff")};
    return words;
}

const QList<QPair<QString, QString>> &pairFillers()
{
    static const QList<QPair<QString, QString>> pairs{{QStringLiteral("kind"), QStringLiteral("of")},
                                                      {QStringLiteral("sort"), QStringLiteral("of")},
                                                      {QStringLiteral("i"), QStringLiteral("think")}};
    return pairs;
}

const QSet<QString> &writtenNumbers()
{
    static const QSet<QString> words{
        QStringLiteral("twice"),    QStringLiteral("thrice"),     QStringLiteral("half"),
        QStringLiteral("halved"),   QStringLiteral("halving"),    QStringLiteral("double"),
        QStringLiteral("doubled"),  QStringLiteral("doubling"),   QStringLiteral("triple"),
        QStringLiteral("tripled"),  QStringLiteral("quadrupled"), QStringLiteral("two"),
        QStringLiteral("three"),    QStringLiteral("four"),       QStringLiteral("five"),
        QStringLiteral("six"),      QStringLiteral("seven"),      QStringLiteral("eight"),
        QStringLiteral("nine"),     QStringLiteral("ten"),        QStringLiteral("eleven"),
        QStringLiteral("twelve"),   QStringLiteral("fifteen"),    QStringLiteral("twenty"),
        QStringLiteral("thirty"),   QStringLiteral("forty"),      QStringLiteral("fifty"),
        QStringLiteral("sixty"),    QStringLiteral("seventy"),    QStringLiteral("eighty"),
        QStringLiteral("ninety"),   QStringLiteral("hundred"),    QStringLiteral("hundreds"),
        QStringLiteral("thousand"), QStringLiteral("thousands"),  QStringLiteral("million"),
        QStringLiteral("millions"), QStringLiteral("billion"),    QStringLiteral("billions"),
        QStringLiteral("dozen"),    QStringLiteral("dozens")};
    return words;
}

const QSet<QString> &timeUnits()
{
    static const QSet<QString> units{
        QStringLiteral("ms"),     QStringLiteral("millisecond"), QStringLiteral("milliseconds"),
        QStringLiteral("s"),      QStringLiteral("sec"),         QStringLiteral("secs"),
        QStringLiteral("second"), QStringLiteral("seconds"),     QStringLiteral("min"),
        QStringLiteral("mins"),   QStringLiteral("minute"),      QStringLiteral("minutes"),
        QStringLiteral("h"),      QStringLiteral("hr"),          QStringLiteral("hrs"),
        QStringLiteral("hour"),   QStringLiteral("hours"),       QStringLiteral("day"),
        QStringLiteral("days"),   QStringLiteral("week"),        QStringLiteral("weeks"),
        QStringLiteral("month"),  QStringLiteral("months"),      QStringLiteral("year"),
        QStringLiteral("years"),  QStringLiteral("quarter"),     QStringLiteral("quarters"),
        QStringLiteral("sprint"), QStringLiteral("sprints")};
    return units;
}

const QSet<QString> &percentWords()
{
    static const QSet<QString> words{QStringLiteral("percent"), QStringLiteral("pct"), QStringLiteral("pp"),
                                     QStringLiteral("percentage")};
    return words;
}

const QSet<QString> &moneyWords()
{
    static const QSet<QString> words{
        QStringLiteral("dollar"), QStringLiteral("dollars"), QStringLiteral("usd"),    QStringLiteral("euro"),
        QStringLiteral("euros"),  QStringLiteral("eur"),     QStringLiteral("pounds"), QStringLiteral("gbp"),
        QStringLiteral("rupees"), QStringLiteral("yen")};
    return words;
}

const QSet<QString> &multiplierWords()
{
    static const QSet<QString> words{QStringLiteral("x"), QStringLiteral("times")};
    return words;
}

bool isCurrency(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

// "10x", "200ms", "1.5M": the digits and the letters after them.
QPair<QString, QString> splitNumberSuffix(const QString &word)
{
    int i = 0;
    while (i < word.size() &&
           (word[i].isDigit() || word[i] == QLatin1Char('.') || word[i] == QLatin1Char(',')))
        ++i;
    return {word.left(i), word.mid(i)};
}

} // namespace

const QStringList &StoryInsights::fillerPhrases()
{
    static const QStringList phrases{
        QStringLiteral("basically"), QStringLiteral("just"),      QStringLiteral("kind of"),
        QStringLiteral("sort of"),   QStringLiteral("maybe"),     QStringLiteral("actually"),
        QStringLiteral("really"),    QStringLiteral("very"),      QStringLiteral("i think"),
        QStringLiteral("probably"),  QStringLiteral("literally"), QStringLiteral("stuff")};
    return phrases;
}

QList<TextSpan> StoryInsights::words(const QString &text)
{
    QList<TextSpan> spans;
    for (const Token &token : tokenize(text))
        spans.append({token.start, token.length()});
    return spans;
}

SectionInsights StoryInsights::analyse(const QString &text)
{
    SectionInsights result;
    const std::vector<Token> tokens = tokenize(text);
    result.words = static_cast<int>(tokens.size());
    QStringList lower;
    lower.reserve(static_cast<qsizetype>(tokens.size()));
    for (const Token &token : tokens)
        lower << normalised(text, token);

    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const QString &word = lower[static_cast<qsizetype>(k)];
        if (iForms().contains(word))
            ++result.iCount;
        else if (weForms().contains(word))
            result.weSpans.append({tokens[k].start, tokens[k].length()});

        if (k + 1 < tokens.size() && onlySpaceBetween(text, tokens[k].end, tokens[k + 1].start)) {
            const QString &next = lower[static_cast<qsizetype>(k + 1)];
            bool paired = false;
            for (const auto &[first, second] : pairFillers()) {
                if (word == first && next == second) {
                    result.fillerSpans.append({tokens[k].start, tokens[k + 1].end - tokens[k].start});
                    result.fillers << first + QLatin1Char(' ') + second;
                    paired = true;
                    break;
                }
            }
            if (paired) {
                // "I think": the "I" still counts as an I; "think" is not a filler on its own.
                ++k;
                continue;
            }
        }
        if (singleFillers().contains(word)) {
            result.fillerSpans.append({tokens[k].start, tokens[k].length()});
            result.fillers << word;
        }
    }
    return result;
}

QList<Measure> StoryInsights::measures(const QString &text)
{
    QList<Measure> found;
    const std::vector<Token> tokens = tokenize(text);
    for (std::size_t k = 0; k < tokens.size(); ++k) {
        const Token &token = tokens[k];
        const QString word = normalised(text, token);
        Measure measure;
        int start = token.start;
        int end = token.end;
        if (token.digit) {
            // "p99", "Q3", "S3": names with a digit in them, not amounts.
            if (!text[token.start].isDigit())
                continue;
            const auto [digits, suffix] = splitNumberSuffix(word);
            measure.kind = Measure::Kind::Number;
            if (!digits.isEmpty() && (suffix == QLatin1String("x")))
                measure.kind = Measure::Kind::Multiplier;
            else if (!digits.isEmpty() && timeUnits().contains(suffix))
                measure.kind = Measure::Kind::Time;

            // A currency sign before the number: "$2M", "€ 300".
            int before = start - 1;
            if (before > 0 && text[before].isSpace())
                --before;
            if (before >= 0 && isCurrency(text[before])) {
                measure.kind = Measure::Kind::Money;
                start = before;
            }
            // What follows: "30 %", "30 €", "3 days", "10 percent", "4 times", "2 ×".
            const int after = skipSpaces(text, token.end);
            if (after < text.size() && after - token.end <= 1) {
                const QChar next = text[after];
                if (next == QLatin1Char('%') || next == QChar(0x2030)) {
                    measure.kind = Measure::Kind::Percent;
                    end = after + 1;
                } else if (isCurrency(next)) {
                    measure.kind = Measure::Kind::Money;
                    end = after + 1;
                } else if (next == QChar(0x00D7)) {
                    measure.kind = Measure::Kind::Multiplier;
                    end = after + 1;
                } else if (k + 1 < tokens.size() && tokens[k + 1].start == after) {
                    const QString unit = normalised(text, tokens[k + 1]);
                    std::optional<Measure::Kind> unitKind;
                    if (timeUnits().contains(unit) && unit != QLatin1String("s"))
                        unitKind = Measure::Kind::Time;
                    else if (percentWords().contains(unit))
                        unitKind = Measure::Kind::Percent;
                    else if (moneyWords().contains(unit))
                        unitKind = Measure::Kind::Money;
                    else if (multiplierWords().contains(unit))
                        unitKind = Measure::Kind::Multiplier;
                    // A currency sign decides the kind; a unit after it only widens the evidence.
                    if (unitKind &&
                        (measure.kind != Measure::Kind::Money || *unitKind == Measure::Kind::Money)) {
                        measure.kind = *unitKind;
                        end = tokens[k + 1].end;
                    }
                }
            }
            // A bare year ("in 2023") dates the story; it does not measure the result.
            const bool year = measure.kind == Measure::Kind::Number && word.size() == 4 && suffix.isEmpty() &&
                              (word.startsWith(QLatin1String("19")) || word.startsWith(QLatin1String("20")));
            if (year)
                continue;
        } else {
            bool written = false;
            for (const QString &part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                written = written || writtenNumbers().contains(part);
            if (written)
                measure.kind = Measure::Kind::WrittenNumber;
            else if (word.endsWith(QLatin1String("fold")) && word.size() > 4)
                measure.kind = Measure::Kind::Multiplier;
            else
                continue;
        }
        measure.span = {start, end - start};
        measure.text = text.mid(start, end - start);
        found.append(measure);
    }
    return found;
}

StoryInsights StoryInsights::compute(const std::array<QString, 4> &sections, double wordsPerMinute)
{
    StoryInsights insights;
    insights.wordsPerMinute = wordsPerMinute > 0 ? wordsPerMinute : kDefaultWordsPerMinute;
    for (const Story::Section which : Story::kSections) {
        const auto index = static_cast<std::size_t>(which);
        SectionInsights &section = insights.sections[index];
        section = analyse(sections[index]);
        insights.totalWords += section.words;
        insights.iCount += section.iCount;
        insights.weCount += static_cast<int>(section.weSpans.size());
        for (const QString &filler : section.fillers)
            ++insights.fillerCounts[filler];
        insights.fillerTotal += static_cast<int>(section.fillers.size());
        if (section.words == 0)
            insights.missingSections << which;
    }
    insights.speakingSeconds = insights.totalWords * 60.0 / insights.wordsPerMinute;
    if (insights.totalWords == 0)
        insights.pace = Pace::Empty;
    else if (insights.speakingSeconds < kTargetMinSeconds)
        insights.pace = Pace::TooShort;
    else if (insights.speakingSeconds > kTargetMaxSeconds)
        insights.pace = Pace::TooLong;
    else
        insights.pace = Pace::OnTarget;

    const int action = insights.section(Story::Section::Action).words;
    insights.actionHoldsMost = action > 0;
    for (const Story::Section which : Story::kSections)
        if (insights.section(which).words > action)
            insights.actionHoldsMost = false;

    insights.resultMeasures = measures(sections[static_cast<std::size_t>(Story::Section::Result)]);
    return insights;
}

double StoryInsights::share(Story::Section which) const
{
    return totalWords > 0 ? static_cast<double>(section(which).words) / totalWords : 0.0;
}

} // namespace loopcraft
