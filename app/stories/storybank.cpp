#include "storybank.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace loopcraft {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StoryBank", text, disambiguation, n);
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// JSON text written directly from the stories: several times faster than building a document.
void appendString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    const char *run = utf8.constData();
    const char *end = run + utf8.size();
    for (const char *p = run; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c != '"' && c != '\\' && c >= 0x20)
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += QByteArray("\\u00") + QByteArray::number(c, 16).rightJustified(2, '0');
            break;
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out += '"';
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += "      \"";
    out += key;
    out += "\": ";
    appendString(out, value);
    out += ",\n";
}

void appendList(QByteArray &out, const char *key, const QStringList &values)
{
    out += "      \"";
    out += key;
    out += "\": [";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ", ";
        appendString(out, values[i]);
    }
    out += "],\n";
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("true/false");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

QString numberText(double value)
{
    return QString::number(value, 'g', 12);
}

// Today's own timestamps ("2024-05-01T10:00:00.000Z") without the general ISO parser, which is
// the slowest part of reading a large bank; anything else takes the general path.
QDateTime parseTime(const QString &text)
{
    if (text.size() == 24 && text[4] == QLatin1Char('-') && text[10] == QLatin1Char('T') &&
        text[19] == QLatin1Char('.') && text[23] == QLatin1Char('Z')) {
        bool ok = true;
        auto number = [&](int from, int length) {
            int value = 0;
            for (int i = from; i < from + length; ++i) {
                const QChar c = text[i];
                ok = ok && c >= QLatin1Char('0') && c <= QLatin1Char('9');
                value = value * 10 + (c.unicode() - '0');
            }
            return value;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<Story> storyFromJson(const QJsonValue &value, const QString &fileLabel,
                                   QList<LoadProblem> &problems)
{
    if (!value.isObject()) {
        problems.append(
            {fileLabel, {}, {}, tr("expected each story to be an object, found %1").arg(typeName(value))});
        return std::nullopt;
    }
    const QJsonObject item = value.toObject();
    Story story;
    story.id = item.value(QLatin1String("id")).toString();
    const QString where = story.id;
    auto wrongType = [&](const char *key, const char *expected, const QJsonValue &found) {
        problems.append(
            {fileLabel, where, QString::fromLatin1(key),
             tr("expected %1, found %2; the field was left empty").arg(tr(expected), typeName(found))});
    };
    auto text = [&](const char *key) -> QString {
        const QJsonValue field = item.value(QLatin1String(key));
        if (field.isUndefined() || field.isNull())
            return {};
        if (!field.isString()) {
            wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a string"), field);
            return {};
        }
        return field.toString();
    };
    auto list = [&](const char *key) -> QStringList {
        QStringList values;
        const QJsonValue field = item.value(QLatin1String(key));
        if (field.isUndefined() || field.isNull())
            return values;
        if (!field.isArray()) {
            wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a list of strings"), field);
            return values;
        }
        for (const QJsonValue &entry : field.toArray()) {
            if (!entry.isString()) {
                wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a list of strings"), entry);
                continue;
            }
            const QString string = entry.toString();
            if (!string.isEmpty() && !values.contains(string))
                values << string;
        }
        return values;
    };
    auto time = [&](const char *key) -> QDateTime {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        QDateTime parsed = parseTime(value);
        if (!parsed.isValid())
            problems.append({fileLabel, where, QString::fromLatin1(key),
                             tr("\"%1\" is not a date and time (expected ISO 8601)").arg(value)});
        return parsed;
    };

    if (const QJsonValue id = item.value(QLatin1String("id"));
        !id.isUndefined() && !id.isNull() && !id.isString())
        wrongType("id", QT_TRANSLATE_NOOP("StoryBank", "a string"), id);
    story.title = text("title");
    story.section(Story::Section::Situation) = text("situation");
    story.section(Story::Section::Task) = text("task");
    story.section(Story::Section::Action) = text("action");
    story.section(Story::Section::Result) = text("result");
    story.principles = list("principles");
    story.tags = list("tags");
    story.role = text("role");
    story.team = text("team");
    story.notes = text("notes");
    if (const QJsonValue year = item.value(QLatin1String("year")); !year.isUndefined() && !year.isNull()) {
        // 0 means "not given", as null does.
        const double number = year.toDouble(-1);
        if (year.isDouble() && number >= 0 && number < 10000 && number == static_cast<int>(number))
            story.year = static_cast<int>(number);
        else
            problems.append({fileLabel, where, QStringLiteral("year"),
                             tr("expected a year such as 2024, found %1")
                                 .arg(year.isDouble() ? numberText(number) : typeName(year))});
    }
    story.created = time("created");
    story.modified = time("modified");
    story.deleted = time("deleted");
    if (!story.modified.isValid())
        story.modified = story.created.isValid() ? story.created : QDateTime::currentDateTimeUtc();
    if (!story.created.isValid())
        story.created = story.modified;
    if (story.id.isEmpty()) {
        story.id = Story::newId();
        problems.append(
            {fileLabel, story.title, QStringLiteral("id"), tr("was missing; the story was given a new one")});
    }
    return story;
}

QJsonObject toQJson(const nlohmann::json &document)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(document.dump())).object();
}

} // namespace

std::vector<JsonStore::Migration> StoryBank::migrations()
{
    // migrations()[0] will bring schema 1 to 2, and so on; JsonStore runs them in order on load
    // and on import, so old files and old exports keep opening.
    return {};
}

StoryBank::StoryBank(const QString &path) : m_path(path), m_store(std::in_place, path, kSchema, migrations())
{
}

StoryBank::LoadReport StoryBank::load()
{
    LoadReport report;
    m_stories.clear();
    m_index.clear();
    m_dirty = false;
    m_blocked = false;
    m_wordsPerMinute = 140.0;
    if (!m_store)
        return report;

    // The common case, a healthy file of today's schema, takes Qt's fast JSON parser. Anything
    // else goes through JsonStore, which explains the fault, moves the file aside or migrates it.
    QFile file(m_path);
    if (!file.exists())
        return report;
    if (file.open(QIODevice::ReadOnly)) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        const QJsonValue schema = document.object().value(QLatin1String("schema"));
        if (error.error == QJsonParseError::NoError && document.isObject() && schema.isDouble() &&
            schema.toDouble() == kSchema) {
            report.status = JsonLoad::Status::Loaded;
            readDocument(document.object(), report);
            return report;
        }
    }
    file.close();

    const JsonLoad loaded = m_store->load();
    report.status = loaded.status;
    if (loaded.status == JsonLoad::Status::Missing)
        return report;
    if (loaded.status == JsonLoad::Status::Failed) {
        report.message = loaded.error;
        report.movedAsideTo = loaded.movedAsideTo;
        // Not moved aside means it is still there: saving would overwrite it.
        m_blocked = loaded.movedAsideTo.isEmpty() && QFileInfo::exists(m_path);
        keepBackups();
        return report;
    }
    readDocument(toQJson(loaded.data), report);
    return report;
}

void StoryBank::readDocument(const QJsonObject &document, LoadReport &report)
{
    const QString label = QDir::toNativeSeparators(m_path);
    bool structureOk = true;
    m_stories = storiesFromJson(document, label, report.problems, &structureOk);
    reindex();
    if (const QJsonValue wpm = document.value(QLatin1String("words_per_minute")); !wpm.isUndefined()) {
        if (wpm.isDouble() && wpm.toDouble() >= 40 && wpm.toDouble() <= 400)
            m_wordsPerMinute = wpm.toDouble();
        else
            report.problems.append({label,
                                    {},
                                    QStringLiteral("words_per_minute"),
                                    tr("expected a pace between 40 and 400, found %1").arg(typeName(wpm))});
    }
    if (report.problems.isEmpty())
        return;
    keepBackups();

    // Some of the file could not be used as it is: keep the original bytes beside it before the
    // next save rewrites the file with what was understood.
    const QString aside = m_path + QStringLiteral(".broken-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const bool kept = QFile::copy(m_path, aside);
    if (kept)
        report.movedAsideTo = aside;
    else
        m_blocked = true;
    QStringList details;
    for (qsizetype i = 0; i < std::min<qsizetype>(report.problems.size(), 3); ++i)
        details << report.problems[i].toString();
    if (report.problems.size() > 3)
        details << tr("… and %n more.", nullptr, static_cast<int>(report.problems.size() - 3));
    report.message =
        (structureOk ? tr("Part of %1 could not be read; the rest of your stories are loaded.")
                     : tr("%1 does not hold a list of stories, so none could be loaded."))
            .arg(label) +
        QLatin1Char(' ') +
        (kept ? tr("The original file was kept as %1.").arg(QDir::toNativeSeparators(aside))
              : tr("The original could not be copied aside, so Loopcraft will not save over it.")) +
        QLatin1Char('\n') + details.join(QLatin1Char('\n'));
}

StoryBank::LoadReport StoryBank::reload()
{
    return load();
}

void StoryBank::keepBackups()
{
    // The rolling backups move on with later saves (one every few minutes of editing), so the
    // versions from before damage the user was just told about would rotate out within the hour.
    // They are kept under another name, out of the rotation, until newer damage displaces them.
    if (!m_store)
        return;
    for (const QString &backup : m_store->backups()) {
        const QFileInfo info(backup);
        const QString kept = info.absolutePath() + QStringLiteral("/kept-") + info.fileName();
        if (!QFileInfo::exists(kept))
            QFile::copy(backup, kept);
    }
    const QStringList kept = keptBackups();
    for (qsizetype i = kKeptCopies; i < kept.size(); ++i)
        QFile::remove(kept[i]);
}

QStringList StoryBank::keptBackups() const
{
    if (!m_store)
        return {};
    const QFileInfo info(m_path);
    QDir dir(m_store->backupDirectory());
    QStringList names = dir.entryList(
        {QStringLiteral("kept-") + info.completeBaseName() + QStringLiteral("-*.") + info.suffix()},
        QDir::Files, QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.filePath(name);
    return names;
}

bool StoryBank::save(QString *error)
{
    if (!m_store) {
        m_dirty = false;
        return true;
    }
    if (m_blocked) {
        if (error)
            *error = tr("%1 could not be read earlier, so it is not overwritten. Move it away or restore a "
                        "backup, then try again.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (!m_store->saveSerialized(serialize(true), error))
        return false;
    m_dirty = false;
    return true;
}

QList<const Story *> StoryBank::activeStories() const
{
    QList<const Story *> list;
    for (const Story &story : m_stories)
        if (!story.isDeleted())
            list << &story;
    return list;
}

QList<const Story *> StoryBank::deletedStories() const
{
    QList<const Story *> list;
    for (const Story &story : m_stories)
        if (story.isDeleted())
            list << &story;
    std::stable_sort(list.begin(), list.end(),
                     [](const Story *a, const Story *b) { return a->deleted > b->deleted; });
    return list;
}

int StoryBank::activeCount() const
{
    return static_cast<int>(std::count_if(m_stories.begin(), m_stories.end(),
                                          [](const Story &story) { return !story.isDeleted(); }));
}

const Story *StoryBank::find(const QString &id) const
{
    const int index = m_index.value(id, -1);
    return index >= 0 ? &m_stories[static_cast<std::size_t>(index)] : nullptr;
}

QString StoryBank::add(Story story)
{
    if (story.id.isEmpty() || m_index.contains(story.id))
        story.id = Story::newId();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!story.created.isValid())
        story.created = now;
    story.modified = now;
    story.deleted = {};
    m_index.insert(story.id, static_cast<int>(m_stories.size()));
    m_stories.push_back(std::move(story));
    m_dirty = true;
    return m_stories.back().id;
}

bool StoryBank::update(const Story &story)
{
    const int index = m_index.value(story.id, -1);
    if (index < 0)
        return false;
    Story &current = m_stories[static_cast<std::size_t>(index)];
    if (current.sameContent(story))
        return true;
    const QDateTime created = current.created;
    const QDateTime deleted = current.deleted;
    current = story;
    current.created = created;
    current.deleted = deleted;
    current.modified = QDateTime::currentDateTimeUtc();
    m_dirty = true;
    return true;
}

bool StoryBank::softDelete(const QString &id)
{
    const int index = m_index.value(id, -1);
    if (index < 0 || m_stories[static_cast<std::size_t>(index)].isDeleted())
        return false;
    m_stories[static_cast<std::size_t>(index)].deleted = QDateTime::currentDateTimeUtc();
    m_dirty = true;
    return true;
}

bool StoryBank::restore(const QString &id)
{
    const int index = m_index.value(id, -1);
    if (index < 0 || !m_stories[static_cast<std::size_t>(index)].isDeleted())
        return false;
    m_stories[static_cast<std::size_t>(index)].deleted = {};
    m_dirty = true;
    return true;
}

bool StoryBank::purge(const QString &id)
{
    const int index = m_index.value(id, -1);
    if (index < 0 || !m_stories[static_cast<std::size_t>(index)].isDeleted())
        return false;
    m_stories.erase(m_stories.begin() + index);
    reindex();
    m_dirty = true;
    return true;
}

void StoryBank::reindex()
{
    m_index.clear();
    for (std::size_t i = 0; i < m_stories.size(); ++i)
        m_index.insert(m_stories[i].id, static_cast<int>(i));
}

std::vector<Story> StoryBank::storiesFromJson(const nlohmann::json &document, const QString &fileLabel,
                                              QList<LoadProblem> &problems, bool *structureOk)
{
    // One set of reading rules: documents that went through JsonStore (migrations, imports,
    // backups) are handed over as Qt JSON.
    return storiesFromJson(toQJson(document), fileLabel, problems, structureOk);
}

std::vector<Story> StoryBank::storiesFromJson(const QJsonObject &document, const QString &fileLabel,
                                              QList<LoadProblem> &problems, bool *structureOk)
{
    std::vector<Story> stories;
    if (structureOk)
        *structureOk = true;
    const QJsonValue list = document.value(QLatin1String("stories"));
    if (!list.isArray()) {
        if (structureOk)
            *structureOk = false;
        problems.append({fileLabel,
                         {},
                         QStringLiteral("stories"),
                         list.isUndefined()
                             ? tr("is missing; expected a list of stories")
                             : tr("expected a list of stories, found %1").arg(typeName(list))});
        return stories;
    }
    const QJsonArray array = list.toArray();
    QSet<QString> seen;
    seen.reserve(array.size());
    stories.reserve(static_cast<std::size_t>(array.size()));
    for (const QJsonValue &item : array) {
        std::optional<Story> story = storyFromJson(item, fileLabel, problems);
        if (!story)
            continue;
        if (seen.contains(story->id)) {
            problems.append({fileLabel, story->id, QStringLiteral("id"),
                             tr("appears more than once; the second story was given a new id")});
            story->id = Story::newId();
        }
        seen.insert(story->id);
        stories.push_back(std::move(*story));
    }
    return stories;
}

QByteArray StoryBank::serialize() const
{
    return serialize(true);
}

QByteArray StoryBank::serialize(bool includeDeleted) const
{
    QByteArray out;
    out.reserve(4096 + static_cast<qsizetype>(m_stories.size()) * 2600);
    out += "{\n  \"schema\": ";
    out += QByteArray::number(kSchema);
    out += ",\n  \"words_per_minute\": ";
    out += numberText(m_wordsPerMinute).toLatin1();
    out += ",\n  \"stories\": [";
    bool first = true;
    for (const Story &story : m_stories) {
        if (story.isDeleted() && !includeDeleted)
            continue;
        out += first ? "\n    {\n" : ",\n    {\n";
        first = false;
        appendField(out, "id", story.id);
        appendField(out, "title", story.title);
        for (const Story::Section which : Story::kSections)
            appendField(out, Story::sectionId(which).toLatin1().constData(), story.section(which));
        appendList(out, "principles", story.principles);
        appendList(out, "tags", story.tags);
        appendField(out, "role", story.role);
        appendField(out, "team", story.team);
        out += "      \"year\": ";
        out += story.year > 0 ? QByteArray::number(story.year) : QByteArray("null");
        out += ",\n";
        appendField(out, "notes", story.notes);
        appendField(out, "created", isoTime(story.created));
        if (story.isDeleted())
            appendField(out, "deleted", isoTime(story.deleted));
        out += "      \"modified\": ";
        appendString(out, isoTime(story.modified));
        out += "\n    }";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

nlohmann::json StoryBank::toJson() const
{
    const QByteArray text = serialize(true);
    return nlohmann::json::parse(text.constBegin(), text.constEnd());
}

void StoryBank::setWordsPerMinute(double wpm)
{
    wpm = std::clamp(wpm, 40.0, 400.0);
    if (wpm == m_wordsPerMinute)
        return;
    m_wordsPerMinute = wpm;
    m_dirty = true;
}

QByteArray StoryBank::exportJson() const
{
    return serialize(false);
}

int StoryBank::importJson(const QByteArray &bytes, const QString &fileLabel, QList<LoadProblem> &problems,
                          QString *error)
{
    const JsonLoad parsed = JsonStore::parse(bytes, fileLabel, kSchema, migrations());
    if (!parsed.ok()) {
        if (error)
            *error = parsed.error;
        return -1;
    }
    bool structureOk = true;
    std::vector<Story> incoming = storiesFromJson(parsed.data, fileLabel, problems, &structureOk);
    if (!structureOk) {
        if (error)
            *error = tr("%1 does not hold a list of stories.").arg(fileLabel);
        return -1;
    }
    int added = 0;
    for (Story &story : incoming) {
        if (const Story *existing = find(story.id); existing && existing->sameContent(story))
            continue;
        story.deleted = {};
        const QDateTime created = story.created;
        add(std::move(story)); // a clashing id is replaced by a fresh one
        m_stories.back().created = created;
        ++added;
    }
    return added;
}

QList<StorySummary> StoryBank::storiesForPrinciple(const QString &principleId) const
{
    QList<StorySummary> list;
    for (const Story &story : m_stories)
        if (!story.isDeleted() && story.principles.contains(principleId))
            list.append({story.id, story.title, story.principles});
    return list;
}

QStringList StoryBank::allTags() const
{
    QStringList tags;
    for (const Story &story : m_stories)
        if (!story.isDeleted())
            for (const QString &tag : story.tags)
                if (!tags.contains(tag, Qt::CaseInsensitive))
                    tags << tag;
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

} // namespace loopcraft
