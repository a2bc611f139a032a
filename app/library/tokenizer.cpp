#include "tokenizer.h"

#include <QStringList>

namespace loopcraft {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

bool isAscii(QStringView word)
{
    for (QChar c : word)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

} // namespace

QString Tokenizer::fold(QStringView word)
{
    // Fast path: almost every word in the bank is ASCII.
    if (isAscii(word)) {
        QString out(word.size(), Qt::Uninitialized);
        QChar *d = out.data();
        for (QChar c : word) {
            const char16_t u = c.unicode();
            *d++ = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        }
        return out;
    }
    // One character at a time: Qt decomposes a string in place, so normalizing a whole word
    // costs time quadratic in its length (a pasted 32,000-letter "ééé…" took seconds). Marks
    // are dropped after decomposing, so their canonical order across characters does not matter.
    QString out;
    out.reserve(word.size());
    const qsizetype n = word.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = word[i];
        if (c.unicode() < 0x80) {
            out.append(c);
            ++i;
            continue;
        }
        const qsizetype length = c.isHighSurrogate() && i + 1 < n && word[i + 1].isLowSurrogate() ? 2 : 1;
        const QString decomposed = word.mid(i, length).toString().normalized(QString::NormalizationForm_KD);
        for (QChar d : decomposed)
            if (d.category() != QChar::Mark_NonSpacing)
                out.append(d);
        i += length;
    }
    return out.toLower();
}

qsizetype Tokenizer::wordEnd(QStringView text, qsizetype start)
{
    const qsizetype n = text.size();
    qsizetype i = start;
    while (i < n) {
        const char16_t u = text[i].unicode();
        if (u < 0x80 ? isWordStart(text[i]) : isWordChar(text[i])) {
            ++i;
            continue;
        }
        // Keep "don't" and "o'brien" whole; an apostrophe elsewhere splits.
        if ((u == '\'' || u == 0x2019) && i + 1 < n && text[i + 1].isLetter() && i > start) {
            ++i;
            continue;
        }
        break;
    }
    return i;
}

void Tokenizer::foldInto(QStringView word, QString &out)
{
    out.resize(0);
    if (isAscii(word)) {
        for (QChar c : word) {
            const char16_t u = c.unicode();
            if (u == '\'')
                continue;
            out.append(QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u));
        }
        return;
    }
    out = fold(word);
    out.remove(QLatin1Char('\''));
    out.remove(QChar(0x2019));
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    forEachTerm(text, [&tokens](const QString &term, int start, int length) { tokens.append({term, start, length}); });
    return tokens;
}

QStringList Tokenizer::terms(QStringView text)
{
    QStringList out;
    for (const Token &token : tokenize(text))
        out << token.term;
    return out;
}

QString Tokenizer::stem(const QString &term)
{
    // Harman's S-stemmer plus "-ing"/"-ed"-free simplicity: conservative, so prefix matching
    // and fuzzy matching do the rest.
    const qsizetype n = term.size();
    if (n <= 3 || !term.at(n - 1).isLetter())
        return term;
    if (term.endsWith(QLatin1String("ies")) && !term.endsWith(QLatin1String("eies")) &&
        !term.endsWith(QLatin1String("aies")))
        return term.left(n - 3) + QLatin1Char('y');
    if (term.endsWith(QLatin1String("sses")) || term.endsWith(QLatin1String("xes")) ||
        term.endsWith(QLatin1String("ches")) || term.endsWith(QLatin1String("shes")))
        return term.left(n - 2);
    if (term.endsWith(QLatin1Char('s')) && !term.endsWith(QLatin1String("ss")) &&
        !term.endsWith(QLatin1String("us")) && !term.endsWith(QLatin1String("is")))
        return term.left(n - 1);
    return term;
}

} // namespace loopcraft
