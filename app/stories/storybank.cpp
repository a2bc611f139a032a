#include "storybank.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>

namespace loopcraft {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("StoryBank", text, disambiguation, n);
}

QString fromJsonString(const nlohmann::json &value) { return QString::fromStdString(value.get<std::string>()); }

std::string toStd(const QString &text) { return text.toStdString(); }

nlohmann::json toJsonList(const QStringList &list)
{
    auto array = nlohmann::json::array();
    for (const QString &item : list)
        array.push_back(item.toStdString());
    return array;
}

QString isoTime(const QDateTime &time) { return time.toUTC().toString(Qt::ISODateWithMs); }

} // namespace

std::vector<JsonStore::Migration> StoryBank::migrations()
{
    // migrations()[0] will bring schema 1 to 2, and so on; JsonStore runs them in order on load
    // and on import, so old files and old exports keep opening.
    return {};
}

StoryBank::StoryBank(const QString &path) : m_path(path), m_store(std::in_place, path, kSchema, migrations()) {}

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
    const JsonLoad loaded = m_store->load();
    report.status = loaded.status;
    if (loaded.status == JsonLoad::Status::Missing)
        return report;
    if (loaded.status == JsonLoad::Status::Failed) {
        report.message = loaded.error;
        report.movedAsideTo = loaded.movedAsideTo;
        // Not moved aside means it is still there: saving would overwrite it.
        m_blocked = loaded.movedAsideTo.isEmpty() && QFileInfo::exists(m_path);
        return report;
    }
    const QString label = QDir::toNativeSeparators(m_path);
    bool structureOk = true;
    m_stories = storiesFromJson(loaded.data, label, report.problems, &structureOk);
    if (const auto wpm = loaded.data.find("words_per_minute"); wpm != loaded.data.end()) {
        if (wpm->is_number() && wpm->get<double>() >= 40 && wpm->get<double>() <= 400)
            m_wordsPerMinute = wpm->get<double>();
        else
            report.problems.append({label, {}, QStringLiteral("words_per_minute"),
                                    tr("expected a pace between 40 and 400, found %1").arg(jsonTypeName(*wpm))});
    }
    reindex();
    if (report.problems.isEmpty())
        return report;

    // Some of the file could not be used as it is: keep the original bytes beside it before the
    // next save rewrites the file with what was understood.
    const QString aside = m_path + QStringLiteral(".broken-")
                          + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
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
    report.message = (structureOk ? tr("Part of %1 could not be read; the rest of your stories are loaded.")
                                  : tr("%1 does not hold a list of stories, so none could be loaded."))
                         .arg(label)
                     + QLatin1Char(' ')
                     + (kept ? tr("The original file was kept as %1.").arg(QDir::toNativeSeparators(aside))
                             : tr("The original could not be copied aside, so Loopcraft will not save over it."))
                     + QLatin1Char('\n') + details.join(QLatin1Char('\n'));
    return report;
}

StoryBank::LoadReport StoryBank::reload() { return load(); }

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
    if (!m_store->save(toJson(), error))
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
    std::stable_sort(list.begin(), list.end(), [](const Story *a, const Story *b) { return a->deleted > b->deleted; });
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

nlohmann::json StoryBank::storyToJson(const Story &story)
{
    nlohmann::json item = {
        {"id", toStd(story.id)},
        {"title", toStd(story.title)},
        {"principles", toJsonList(story.principles)},
        {"tags", toJsonList(story.tags)},
        {"role", toStd(story.role)},
        {"team", toStd(story.team)},
        {"notes", toStd(story.notes)},
        {"created", toStd(isoTime(story.created))},
        {"modified", toStd(isoTime(story.modified))},
    };
    for (const Story::Section which : Story::kSections)
        item[toStd(Story::sectionId(which))] = toStd(story.section(which));
    item["year"] = story.year > 0 ? nlohmann::json(story.year) : nlohmann::json(nullptr);
    if (story.isDeleted())
        item["deleted"] = toStd(isoTime(story.deleted));
    return item;
}

std::optional<Story> StoryBank::storyFromJson(const nlohmann::json &item, const QString &fileLabel,
                                              QList<LoadProblem> &problems)
{
    if (!item.is_object()) {
        problems.append({fileLabel, {}, {}, tr("expected each story to be an object, found %1").arg(jsonTypeName(item))});
        return std::nullopt;
    }
    Story story;
    const auto idIt = item.find("id");
    if (idIt != item.end() && idIt->is_string() && !idIt->get_ref<const std::string &>().empty())
        story.id = fromJsonString(*idIt);
    const QString where = story.id;
    auto wrongType = [&](const char *key, const char *expected, const nlohmann::json &value) {
        problems.append({fileLabel, where, QString::fromLatin1(key),
                         tr("expected %1, found %2; the field was left empty").arg(tr(expected), jsonTypeName(value))});
    };
    auto text = [&](const char *key) -> QString {
        const auto it = item.find(key);
        if (it == item.end() || it->is_null())
            return {};
        if (!it->is_string()) {
            wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a string"), *it);
            return {};
        }
        return fromJsonString(*it);
    };
    auto list = [&](const char *key) -> QStringList {
        QStringList values;
        const auto it = item.find(key);
        if (it == item.end() || it->is_null())
            return values;
        if (!it->is_array()) {
            wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a list of strings"), *it);
            return values;
        }
        for (const auto &value : *it) {
            if (!value.is_string()) {
                wrongType(key, QT_TRANSLATE_NOOP("StoryBank", "a list of strings"), value);
                continue;
            }
            const QString entry = fromJsonString(value);
            if (!entry.isEmpty() && !values.contains(entry))
                values << entry;
        }
        return values;
    };
    auto time = [&](const char *key) -> QDateTime {
        const QString value = text(key);
        if (value.isEmpty())
            return {};
        QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!parsed.isValid())
            problems.append({fileLabel, where, QString::fromLatin1(key),
                             tr("\"%1\" is not a date and time (expected ISO 8601)").arg(value)});
        return parsed;
    };

    story.title = text("title");
    for (const Story::Section which : Story::kSections)
        story.section(which) = text(Story::sectionId(which).toLatin1().constData());
    story.principles = list("principles");
    story.tags = list("tags");
    story.role = text("role");
    story.team = text("team");
    story.notes = text("notes");
    if (const auto year = item.find("year"); year != item.end() && !year->is_null()) {
        // 0 means "not given", as null does.
        if (year->is_number_integer() && year->get<long long>() >= 0 && year->get<long long>() < 10000)
            story.year = static_cast<int>(year->get<long long>());
        else
            problems.append({fileLabel, where, QStringLiteral("year"),
                             tr("expected a year such as 2024, found %1")
                                 .arg(year->is_number() ? QString::fromStdString(year->dump()) : jsonTypeName(*year))});
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
        problems.append({fileLabel, story.title, QStringLiteral("id"), tr("was missing; the story was given a new one")});
    }
    return story;
}

std::vector<Story> StoryBank::storiesFromJson(const nlohmann::json &document, const QString &fileLabel,
                                              QList<LoadProblem> &problems, bool *structureOk)
{
    std::vector<Story> stories;
    if (structureOk)
        *structureOk = true;
    const auto list = document.find("stories");
    if (list == document.end() || !list->is_array()) {
        if (structureOk)
            *structureOk = false;
        problems.append({fileLabel, {}, QStringLiteral("stories"),
                         list == document.end() ? tr("is missing; expected a list of stories")
                                                : tr("expected a list of stories, found %1").arg(jsonTypeName(*list))});
        return stories;
    }
    QSet<QString> seen;
    stories.reserve(list->size());
    for (const auto &item : *list) {
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

nlohmann::json StoryBank::toJson() const
{
    auto list = nlohmann::json::array();
    for (const Story &story : m_stories)
        list.push_back(storyToJson(story));
    return {{"schema", kSchema}, {"words_per_minute", m_wordsPerMinute}, {"stories", std::move(list)}};
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
    auto list = nlohmann::json::array();
    for (const Story &story : m_stories)
        if (!story.isDeleted())
            list.push_back(storyToJson(story));
    const nlohmann::json document = {{"schema", kSchema}, {"stories", std::move(list)}};
    return QByteArray::fromStdString(document.dump(2) + "\n");
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
        add(std::move(story));  // a clashing id is replaced by a fresh one
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
