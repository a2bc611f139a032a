#include "queryparser.h"

#include "tokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace loopcraft {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("QueryParser", text);
}

// Splits the query into raw pieces, keeping quoted phrases (and a leading '-') together.
QStringList pieces(const QString &text)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            current.append(c);
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out << current;
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out << current;
    return out;
}

// Folds a value but keeps the wildcard characters and '-' inside ids ("system-design").
QString foldValue(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == QLatin1Char('*') || c == QLatin1Char('_') || c == QLatin1Char('-') ||
            c == QLatin1Char('.') || c == QLatin1Char(':'))
            out.append(c);
        else
            out.append(Tokenizer::fold(QStringView(&c, 1)));
    }
    return out;
}

bool isWildcard(const QString &text)
{
    return text.contains(QLatin1Char('*')) || text.contains(QLatin1Char('_'));
}

} // namespace

Query QueryParser::parse(const QString &text)
{
    Query query;
    for (QString piece : pieces(text)) {
        QueryAtom atom;
        if (piece.size() > 1 && piece.startsWith(QLatin1Char('-'))) {
            atom.negated = true;
            piece.remove(0, 1);
        }
        if (piece.startsWith(QLatin1Char('"'))) {
            QString inner = piece.mid(1);
            if (inner.endsWith(QLatin1Char('"')))
                inner.chop(1);
            atom.kind = QueryAtom::Kind::Phrase;
            atom.words = Tokenizer::terms(inner);
            if (atom.words.isEmpty())
                continue;
            if (atom.words.size() == 1) {
                atom.kind = QueryAtom::Kind::Word;
                atom.text = atom.words.first();
                atom.words.clear();
            }
            query.atoms.push_back(atom);
            continue;
        }
        const qsizetype colon = piece.indexOf(QLatin1Char(':'));
        if (colon > 0) {
            const QString key = piece.left(colon).toLower();
            const QString value = piece.mid(colon + 1);
            if (value.isEmpty()) {
                // Still being typed ("tag:"): not a problem worth a message, just skip it.
                continue;
            }
            if (key == QLatin1String("tag") || key == QLatin1String("tags")) {
                atom.kind = QueryAtom::Kind::Tag;
                atom.text = foldValue(value);
            } else if (key == QLatin1String("cat") || key == QLatin1String("category")) {
                atom.kind = QueryAtom::Kind::Category;
                atom.text = foldValue(value);
            } else if (key == QLatin1String("diff") || key == QLatin1String("difficulty")) {
                atom.kind = QueryAtom::Kind::Difficulty;
                atom.text = value.toLower();
                static const QStringList levels{QStringLiteral("easy"), QStringLiteral("medium"),
                                                QStringLiteral("hard")};
                if (!levels.contains(atom.text)) {
                    query.problems
                        << tr("\"%1\" is not a difficulty; use diff:easy, diff:medium or diff:hard.")
                               .arg(value);
                    continue;
                }
            } else if (key == QLatin1String("is")) {
                const QString what = value.toLower();
                if (what == QLatin1String("bookmarked") || what == QLatin1String("marked") ||
                    what == QLatin1String("starred"))
                    atom.kind = QueryAtom::Kind::Bookmarked;
                else if (what == QLatin1String("due"))
                    atom.kind = QueryAtom::Kind::Due;
                else if (what == QLatin1String("new"))
                    atom.kind = QueryAtom::Kind::New;
                else if (what == QLatin1String("learn") || what == QLatin1String("learning"))
                    atom.kind = QueryAtom::Kind::Learning;
                else if (what == QLatin1String("review"))
                    atom.kind = QueryAtom::Kind::Review;
                else {
                    query.problems << tr("\"is:%1\" is unknown; use is:bookmarked, is:due, is:new, is:learn "
                                         "or is:review.")
                                          .arg(value);
                    continue;
                }
            } else if (key == QLatin1String("prop")) {
                static const QRegularExpression form(QStringLiteral("^ivl(<=|>=|<|>|=)(\\d+(?:\\.\\d+)?)$"),
                                                     QRegularExpression::CaseInsensitiveOption);
                const auto match = form.match(value);
                if (!match.hasMatch()) {
                    query.problems
                        << tr("\"prop:%1\" is not understood; write for example prop:ivl>=10.").arg(value);
                    continue;
                }
                atom.kind = QueryAtom::Kind::Interval;
                const QString op = match.captured(1);
                atom.compare = op == QLatin1String("<")    ? QueryAtom::Compare::Less
                               : op == QLatin1String("<=") ? QueryAtom::Compare::LessEqual
                               : op == QLatin1String(">=") ? QueryAtom::Compare::GreaterEqual
                               : op == QLatin1String(">")  ? QueryAtom::Compare::Greater
                                                           : QueryAtom::Compare::Equal;
                atom.number = match.captured(2).toDouble();
            } else {
                // Not a known field ("c++:" or "ratio:3"): search the words instead.
                atom.kind = QueryAtom::Kind::Word;
            }
            if (atom.kind != QueryAtom::Kind::Word) {
                query.atoms.push_back(atom);
                continue;
            }
        }
        if (isWildcard(piece)) {
            atom.kind = QueryAtom::Kind::Wildcard;
            atom.text = foldValue(piece);
            atom.text.remove(QLatin1Char('-'));
            if (atom.text.count(QLatin1Char('*')) + atom.text.count(QLatin1Char('_')) == atom.text.size())
                continue; // "*" alone matches everything: no condition
            query.atoms.push_back(atom);
            continue;
        }
        // "f1-score" or "k-means" are several words that belong together: read them as a phrase.
        const QStringList words = Tokenizer::terms(piece);
        if (words.size() > 1) {
            QueryAtom phrase = atom;
            phrase.kind = QueryAtom::Kind::Phrase;
            phrase.words = words;
            query.atoms.push_back(phrase);
            continue;
        }
        if (words.isEmpty())
            continue;
        atom.kind = QueryAtom::Kind::Word;
        atom.text = words.first();
        query.atoms.push_back(atom);
    }
    return query;
}

} // namespace loopcraft
