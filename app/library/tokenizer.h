#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace loopcraft {

// One word of a text: its folded form (lowercase, accents removed) and where it sits in the
// original text, so matches can be highlighted in what the user sees.
struct Token {
    QString term;
    int start = 0;
    int length = 0;
};

// Splits text into words for the search index and for highlighting. Unicode-aware: letters and
// digits of any script form words, case and accents are folded ("Café" → "cafe").
class Tokenizer {
public:
    static QList<Token> tokenize(QStringView text);
    // The folded terms only, in order.
    static QStringList terms(QStringView text);
    // Folds one word the way tokenize() does.
    static QString fold(QStringView word);
    // Calls visit(const QString &term, int start, int length) for each word, in order. The term
    // is a buffer reused between calls (copy it to keep it): the index reads millions of words
    // without allocating one string each. tokenize() is built on this.
    template <typename Visit> static void forEachTerm(QStringView text, Visit &&visit);
    // Folds word into out (apostrophes dropped), reusing out's memory.
    static void foldInto(QStringView word, QString &out);
    static bool isWordStart(QChar c)
    {
        const char16_t u = c.unicode();
        if (u < 0x80)
            return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        return c.isLetterOrNumber();
    }
    // Where the word starting at start ends.
    static qsizetype wordEnd(QStringView text, qsizetype start);

    // A light English stemmer (plural and a few common suffixes) so "trees" finds "tree".
    static QString stem(const QString &term);
};

template <typename Visit> void Tokenizer::forEachTerm(QStringView text, Visit &&visit)
{
    QString buffer;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isWordStart(text[i]))
            ++i;
        if (i >= n)
            break;
        const qsizetype start = i;
        i = wordEnd(text, start);
        foldInto(text.mid(start, i - start), buffer);
        if (!buffer.isEmpty())
            visit(static_cast<const QString &>(buffer), int(start), int(i - start));
    }
}

} // namespace loopcraft
