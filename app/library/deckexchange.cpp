#include "deckexchange.h"

#include "markdownhtml.h"
#include "questionbank.h"
#include "tokenizer.h"

#include <nlohmann/json.hpp>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace loopcraft {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DeckExchange", text);
}

using ordered = nlohmann::ordered_json;

ordered stringList(const QStringList &list)
{
    ordered out = ordered::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

// A field of a tab-separated line: quoted (CSV style) only when it has to be.
QString ankiField(const QString &field)
{
    QString clean = field;
    clean.replace(QLatin1Char('\t'), QLatin1Char(' '));
    clean.replace(QLatin1String("\r\n"), QLatin1String("<br>"));
    clean.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    if (clean.startsWith(QLatin1Char('"'))) {
        clean.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + clean + QLatin1Char('"');
    }
    return clean;
}

// Splits Anki plain text into records of fields: separator between fields, newline between
// records, and "double-quoted" fields that may hold separators, newlines and "" for a quote.
QList<QPair<int, QStringList>> readRecords(const QString &text, QChar separator)
{
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        fields << field;
        if (!(fields.size() == 1 && fields.first().trimmed().isEmpty()))
            records.append({recordLine, fields});
        fields.clear();
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            fields << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else if (c != QLatin1Char('\r')) {
            field += c;
            fieldStarted = true;
        }
    }
    if (!field.isEmpty() || !fields.isEmpty())
        endRecord();
    return records;
}

QChar separatorFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("tab") || n == QLatin1String("\\t"))
        return QLatin1Char('\t');
    if (n == QLatin1String("comma"))
        return QLatin1Char(',');
    if (n == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (n == QLatin1String("space"))
        return QLatin1Char(' ');
    if (n == QLatin1String("pipe"))
        return QLatin1Char('|');
    if (n == QLatin1String("colon"))
        return QLatin1Char(':');
    return n.size() == 1 ? n[0] : QChar();
}

QString plainText(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression marks(QStringLiteral("[*`#>]|^\\s*- "),
                                          QRegularExpression::MultilineOption);
    text.remove(marks);
    return text.simplified();
}

QString shortTitle(const QString &text)
{
    constexpr int kMax = 70;
    if (text.size() <= kMax)
        return text;
    QString cut = text.left(kMax - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > kMax / 2)
        cut = cut.left(space);
    return cut + QChar(0x2026);
}

} // namespace

QString DeckExchange::slug(const QString &text, int maxLength)
{
    QString out;
    for (const QString &term : Tokenizer::terms(text)) {
        QString ascii;
        for (QChar c : term)
            if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
                ascii += c;
        if (ascii.isEmpty())
            continue;
        if (!out.isEmpty() && out.size() + 1 + ascii.size() > maxLength)
            break;
        if (!out.isEmpty())
            out += QLatin1Char('-');
        out += ascii.left(maxLength);
    }
    return out;
}

QString DeckExchange::deckFileStem(const QString &name)
{
    QString base = name;
    const qsizetype slash = std::max(base.lastIndexOf(QLatin1Char('/')), base.lastIndexOf(QLatin1Char('\\')));
    base = base.mid(slash + 1);
    if (const qsizetype dot = base.lastIndexOf(QLatin1Char('.')); dot > 0)
        base = base.left(dot);
    const QString s = slug(base, 60);
    return s.isEmpty() ? QStringLiteral("imported") : s;
}

QByteArray DeckExchange::toDeckJson(const std::vector<const Question *> &questions, const QString &deckName)
{
    ordered deck = ordered::object();
    deck["schema"] = QuestionBank::kSchema;
    deck["deck"] = deckName.toStdString();
    ordered list = ordered::array();
    for (const Question *q : questions) {
        ordered o = ordered::object();
        o["id"] = q->id.toStdString();
        o["category"] = q->category.toStdString();
        if (!q->subcategory.isEmpty())
            o["subcategory"] = q->subcategory.toStdString();
        o["title"] = q->title.toStdString();
        o["tags"] = stringList(q->tags);
        o["difficulty"] = difficultyId(q->difficulty).toStdString();
        o["prompt"] = q->prompt.toStdString();
        o["answer"] = q->answer.toStdString();
        o["key_points"] = stringList(q->keyPoints);
        o["follow_ups"] = stringList(q->followUps);
        if (!q->related.isEmpty())
            o["related"] = stringList(q->related);
        if (q->conceptLink) {
            ordered params = ordered::object();
            for (auto it = q->conceptLink->params.cbegin(); it != q->conceptLink->params.cend(); ++it) {
                if (it.value().typeId() == QMetaType::QString)
                    params[it.key().toStdString()] = it.value().toString().toStdString();
                else
                    params[it.key().toStdString()] = it.value().toDouble();
            }
            o["concept"] = {{"page", q->conceptLink->page.toStdString()}, {"params", params}};
        }
        if (!q->principles.isEmpty())
            o["principles"] = stringList(q->principles);
        list.push_back(std::move(o));
    }
    deck["questions"] = std::move(list);
    const std::string text = deck.dump(2) + "\n";
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray DeckExchange::toAnkiText(const std::vector<const Question *> &questions)
{
    // File headers (Anki 2.1.55+) say how to read the rest; older versions skip '#' lines.
    QString out = QStringLiteral("#separator:tab\n#html:true\n#tags column:3\n");
    for (const Question *q : questions) {
        QStringList tags;
        for (const QString &tag : q->tags)
            tags << QString(tag).replace(QLatin1Char(' '), QLatin1Char('_'));
        out += ankiField(MarkdownHtml::toHtml(q->prompt)) + QLatin1Char('\t') +
               ankiField(MarkdownHtml::toHtml(q->answer)) + QLatin1Char('\t') +
               ankiField(tags.join(QLatin1Char(' '))) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

std::vector<Question> DeckExchange::fromAnkiText(const QByteArray &bytes, const QString &fileLabel,
                                                 const QString &category, const QSet<QString> &takenIds,
                                                 QList<LoadProblem> &problems)
{
    std::vector<Question> out;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    if (text.contains(QChar(QChar::ReplacementCharacter)) || text.contains(QChar(0))) {
        problems.append(
            {fileLabel, {}, {}, tr("is not UTF-8 text; export it from Anki as \"Notes in Plain Text\".")});
        return out;
    }

    // Header lines: "#key:value" before the first note.
    QChar separator;
    bool html = true;
    int tagsColumn = 3;
    qsizetype bodyStart = 0;
    int headerLines = 0;
    while (bodyStart < text.size() && text[bodyStart] == QLatin1Char('#')) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), bodyStart);
        if (end < 0)
            end = text.size();
        const QString header = text.mid(bodyStart + 1, end - bodyStart - 1).trimmed();
        const qsizetype colon = header.indexOf(QLatin1Char(':'));
        const QString key = header.left(colon).trimmed().toLower();
        const QString value = colon >= 0 ? header.mid(colon + 1).trimmed() : QString();
        if (key == QLatin1String("separator"))
            separator = separatorFromName(value);
        else if (key == QLatin1String("html"))
            html = value.toLower() == QLatin1String("true");
        else if (key == QLatin1String("tags column"))
            tagsColumn = value.toInt();
        bodyStart = end + 1;
        ++headerLines;
    }
    const QString body = text.mid(bodyStart);
    if (separator.isNull()) {
        // Anki's own guess, simplified: tabs anywhere win, then the first line decides.
        const QString firstLine = body.section(QLatin1Char('\n'), 0, 0);
        separator = body.contains(QLatin1Char('\t'))       ? QLatin1Char('\t')
                    : firstLine.contains(QLatin1Char(';')) ? QLatin1Char(';')
                                                           : QLatin1Char(',');
    }

    QSet<QString> used = takenIds;
    for (const auto &[line, fields] : readRecords(body, separator)) {
        const int lineNumber = line + headerLines;
        const QString where = tr("line %1").arg(lineNumber);
        if (fields.size() < 2) {
            problems.append(
                {fileLabel,
                 where,
                 {},
                 tr("has %1 field; expected front and back separated by a tab").arg(fields.size())});
            continue;
        }
        auto toMarkdown = [html](const QString &field) {
            return html ? MarkdownHtml::toMarkdown(field) : field.trimmed();
        };
        Question q;
        q.prompt = toMarkdown(fields[0]);
        q.answer = toMarkdown(fields[1]);
        if (q.prompt.isEmpty()) {
            problems.append(
                {fileLabel, where, QStringLiteral("front"), tr("is empty; this note was skipped")});
            continue;
        }
        if (q.answer.isEmpty()) {
            problems.append(
                {fileLabel, where, QStringLiteral("back"), tr("is empty; this note was skipped")});
            continue;
        }
        if (tagsColumn >= 1 && tagsColumn <= fields.size()) {
            for (const QString &raw : fields[tagsColumn - 1].split(QRegularExpression(QStringLiteral("\\s+")),
                                                                   Qt::SkipEmptyParts)) {
                QString tag = raw;
                tag.replace(QLatin1String("::"), QLatin1String("-"));
                tag.replace(QLatin1Char('_'), QLatin1Char('-'));
                const QString clean = slug(tag, 40);
                if (!clean.isEmpty() && !q.tags.contains(clean))
                    q.tags << clean;
            }
        }
        q.category = category;
        q.title = shortTitle(plainText(q.prompt));
        q.difficulty = Difficulty::Medium;
        QString base = slug(q.title);
        if (base.isEmpty())
            base = QStringLiteral("card");
        QString id = category + QLatin1Char('.') + base;
        for (int n = 2; used.contains(id); ++n)
            id = category + QLatin1Char('.') + base + QLatin1Char('-') + QString::number(n);
        used.insert(id);
        q.id = id;
        q.deck = fileLabel;
        q.userDeck = true;
        out.push_back(std::move(q));
    }
    if (out.empty() && problems.isEmpty())
        problems.append({fileLabel, {}, {}, tr("holds no notes")});
    return out;
}

QString DeckExchange::freeDeckStem(const QString &decksDirectory, const QString &stem)
{
    const QDir dir(decksDirectory);
    QString candidate = stem;
    for (int n = 2; QFile::exists(dir.filePath(candidate + QStringLiteral(".json"))); ++n)
        candidate = stem + QLatin1Char('-') + QString::number(n);
    return candidate;
}

DeckExchange::WriteResult DeckExchange::writeUserDeck(const QString &decksDirectory, const QString &stem,
                                                      const QByteArray &bytes, bool overwrite, QString *error)
{
    const QDir dir(decksDirectory);
    if (!QDir().mkpath(dir.absolutePath())) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(dir.absolutePath()));
        return WriteResult::Failed;
    }
    const QString path = dir.filePath(stem + QStringLiteral(".json"));
    if (QFile::exists(path) && !overwrite)
        return WriteResult::Exists;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(path), out.errorString());
        return WriteResult::Failed;
    }
    return WriteResult::Written;
}

} // namespace loopcraft
