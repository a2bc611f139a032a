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
    // A light English stemmer (plural and a few common suffixes) so "trees" finds "tree".
    static QString stem(const QString &term);
};

} // namespace loopcraft
