#include "reviewstore.h"

#include "studyday.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QThread>
#include <QtConcurrentMap>
#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace loopcraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ReviewStore", text); }

QString timestampSuffix() { return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")); }

// Typed field access with a message a person understands ("stability: expected a number, found a string").
template <typename T>
bool field(const nlohmann::json &object, const char *key, T &out, QString *error, bool required = true)
{
    const auto it = object.find(key);
    if (it == object.end()) {
        if (required && error)
            *error = tr("\"%1\" is missing").arg(QLatin1String(key));
        return !required;
    }
    bool ok = false;
    if constexpr (std::is_same_v<T, QString>) {
        ok = it->is_string();
        if (ok)
            out = QString::fromStdString(it->template get<std::string>());
    } else if constexpr (std::is_same_v<T, bool>) {
        ok = it->is_boolean();
        if (ok)
            out = it->template get<bool>();
    } else if constexpr (std::is_floating_point_v<T>) {
        ok = it->is_number() && std::isfinite(it->template get<double>());
        if (ok)
            out = it->template get<T>();
    } else {
        ok = it->is_number_integer();
        if (ok)
            out = static_cast<T>(it->template get<long long>());
    }
    if (!ok && error)
        *error = tr("\"%1\": expected %2, found %3")
                     .arg(QLatin1String(key),
                          std::is_same_v<T, QString> ? tr("a string")
                          : std::is_same_v<T, bool>  ? tr("true/false")
                                                     : tr("a number"),
                          jsonTypeName(*it));
    return ok;
}

bool stepsFromJson(const nlohmann::json &object, const char *key, QList<int> &out, QString *error)
{
    const auto it = object.find(key);
    if (it == object.end())
        return true;
    if (!it->is_array()) {
        *error = tr("\"%1\": expected a list of seconds, found %2").arg(QLatin1String(key), jsonTypeName(*it));
        return false;
    }
    QList<int> steps;
    for (const auto &value : *it) {
        if (!value.is_number_integer() || value.get<long long>() <= 0 || value.get<long long>() > 86400 * 7) {
            *error = tr("\"%1\": each step must be a whole number of seconds between 1 and 604800")
                         .arg(QLatin1String(key));
            return false;
        }
        steps << static_cast<int>(value.get<long long>());
    }
    out = steps;
    return true;
}

#ifdef Q_OS_UNIX
void syncToDisk(QFile &file) { ::fdatasync(file.handle()); }
#else
void syncToDisk(QFile &) {}
#endif

} // namespace

ReviewStore::ReviewStore(const QString &directory)
    : m_progress(QDir(directory).filePath(QStringLiteral("progress.json")), kSchema),
      m_logPath(QDir(directory).filePath(QStringLiteral("review-log.jsonl"))),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    SchedulerSettings settings;
    settings.fuzzSeed = QRandomGenerator::global()->generate64();
    m_scheduler = Scheduler(settings);
}

ReviewStore::~ReviewStore() = default;

nlohmann::json ReviewStore::cardToJson(const ReviewCard &card)
{
    return {{"id", card.questionId.toStdString()},
            {"state", cardStateId(card.state).toStdString()},
            {"step", card.step},
            {"stability", card.stability},
            {"difficulty", card.difficulty},
            {"due", card.dueMs},
            {"lastReview", card.lastReviewMs},
            {"reps", card.reps},
            {"lapses", card.lapses},
            {"scheduledDays", card.scheduledDays}};
}

std::optional<ReviewCard> ReviewStore::cardFromJson(const nlohmann::json &json, QString *error)
{
    QString message;
    QString *e = error ? error : &message;
    if (!json.is_object()) {
        *e = tr("expected an object, found %1").arg(jsonTypeName(json));
        return std::nullopt;
    }
    ReviewCard card;
    QString state;
    if (!field(json, "id", card.questionId, e) || !field(json, "state", state, e)
        || !field(json, "step", card.step, e, false) || !field(json, "stability", card.stability, e)
        || !field(json, "difficulty", card.difficulty, e) || !field(json, "due", card.dueMs, e)
        || !field(json, "lastReview", card.lastReviewMs, e) || !field(json, "reps", card.reps, e, false)
        || !field(json, "lapses", card.lapses, e, false)
        || !field(json, "scheduledDays", card.scheduledDays, e, false))
        return std::nullopt;
    const auto parsed = cardStateFromId(state);
    if (!parsed) {
        *e = tr("\"state\": \"%1\" is not one of new, learning, review, relearning").arg(state);
        return std::nullopt;
    }
    card.state = *parsed;
    if (card.questionId.isEmpty()) {
        *e = tr("\"id\" is empty");
        return std::nullopt;
    }
    if (card.stability < 0 || card.difficulty < 0 || card.difficulty > 10 || card.step < 0 || card.reps < 0
        || card.lapses < 0 || card.scheduledDays < 0) {
        *e = tr("card %1 has a value out of range").arg(card.questionId);
        return std::nullopt;
    }
    if (card.state != CardState::New && card.stability <= 0) {
        *e = tr("card %1 is reviewed but has no stability").arg(card.questionId);
        return std::nullopt;
    }
    return card;
}

nlohmann::json ReviewStore::logEntryToJson(const ReviewLogEntry &entry)
{
    return {{"time", entry.timeMs},
            {"rating", static_cast<int>(entry.rating)},
            {"elapsedDays", entry.elapsedDays},
            {"before", cardStateId(entry.before).toStdString()},
            {"after", cardStateId(entry.after).toStdString()},
            {"scheduledDays", entry.scheduledDays},
            {"card", cardToJson(entry.card)}};
}

std::optional<ReviewLogEntry> ReviewStore::logEntryFromJson(const nlohmann::json &json, QString *error)
{
    QString message;
    QString *e = error ? error : &message;
    if (!json.is_object()) {
        *e = tr("expected an object, found %1").arg(jsonTypeName(json));
        return std::nullopt;
    }
    ReviewLogEntry entry;
    int rating = 0;
    QString before;
    QString after;
    if (!field(json, "time", entry.timeMs, e) || !field(json, "rating", rating, e)
        || !field(json, "elapsedDays", entry.elapsedDays, e) || !field(json, "before", before, e)
        || !field(json, "after", after, e) || !field(json, "scheduledDays", entry.scheduledDays, e))
        return std::nullopt;
    const auto r = ratingFromInt(rating);
    const auto b = cardStateFromId(before);
    const auto a = cardStateFromId(after);
    if (!r || !b || !a) {
        *e = !r ? tr("\"rating\" must be 1 to 4") : tr("\"before\"/\"after\" must be a card state");
        return std::nullopt;
    }
    entry.rating = *r;
    entry.before = *b;
    entry.after = *a;
    const auto card = json.find("card");
    if (card == json.end()) {
        *e = tr("\"card\" is missing");
        return std::nullopt;
    }
    auto parsed = cardFromJson(*card, e);
    if (!parsed)
        return std::nullopt;
    entry.card = *parsed;
    return entry;
}

void ReviewStore::moveProgressAside(const QString &reason)
{
    const QString aside = m_progress.path() + QStringLiteral(".broken-") + timestampSuffix();
    m_progressFailed = true;
    if (QFile::rename(m_progress.path(), aside)) {
        m_movedAsideTo = aside;
        m_loadMessages << tr("%1: %2. The file was kept as %3 and was not changed.")
                              .arg(QDir::toNativeSeparators(m_progress.path()), reason,
                                   QDir::toNativeSeparators(aside));
    } else {
        m_loadMessages << tr("%1: %2. The file could not be moved aside, so Loopcraft will not save over it.")
                              .arg(QDir::toNativeSeparators(m_progress.path()), reason);
    }
}

bool ReviewStore::readProgress(const nlohmann::json &document, QString *error)
{
    SchedulerSettings settings = m_scheduler.settings();
    SessionLimits limits;
    if (const auto s = document.find("settings"); s != document.end()) {
        if (!s->is_object()) {
            *error = tr("\"settings\": expected an object, found %1").arg(jsonTypeName(*s));
            return false;
        }
        if (!field(*s, "desiredRetention", settings.desiredRetention, error, false)
            || !field(*s, "maximumInterval", settings.maximumInterval, error, false)
            || !field(*s, "fuzz", settings.fuzz, error, false)
            || !field(*s, "fuzzSeed", settings.fuzzSeed, error, false)
            || !field(*s, "newPerDay", limits.newPerDay, error, false)
            || !field(*s, "reviewsPerDay", limits.reviewsPerDay, error, false)
            || !stepsFromJson(*s, "learningSteps", settings.learningStepsSeconds, error)
            || !stepsFromJson(*s, "relearningSteps", settings.relearningStepsSeconds, error))
            return false;
        limits.newPerDay = std::clamp(limits.newPerDay, 0, 9999);
        limits.reviewsPerDay = std::clamp(limits.reviewsPerDay, 0, 99999);
        settings.maximumInterval = std::clamp(settings.maximumInterval, 1, SchedulerSettings::kMaximumIntervalDays);
    }
    qint64 logEntries = 0;
    if (!field(document, "logEntries", logEntries, error, false))
        return false;
    QHash<QString, ReviewCard> cards;
    if (const auto list = document.find("cards"); list != document.end()) {
        if (!list->is_array()) {
            *error = tr("\"cards\": expected a list, found %1").arg(jsonTypeName(*list));
            return false;
        }
        int index = 0;
        for (const auto &entry : *list) {
            QString problem;
            const auto card = cardFromJson(entry, &problem);
            if (!card) {
                *error = tr("card %1: %2").arg(index + 1).arg(problem);
                return false;
            }
            cards.insert(card->questionId, *card);
            ++index;
        }
    }
    m_scheduler = Scheduler(settings);
    m_limits = limits;
    m_cards = std::move(cards);
    m_savedLogEntries = std::max<qint64>(0, logEntries);
    return true;
}

void ReviewStore::readLog()
{
    QFile file(m_logPath);
    if (!file.exists())
        return;
    if (!file.open(QIODevice::ReadOnly)) {
        m_loadMessages << tr("%1 could not be read: %2.").arg(QDir::toNativeSeparators(m_logPath), file.errorString());
        return;
    }
    const QByteArray bytes = file.readAll();
    file.close();

    // A long history is parsed in slices on every core (JSON parsing is nearly all of the
    // load), then joined in file order; each slice starts at a line boundary.
    struct Slice {
        qsizetype begin = 0;
        qsizetype end = 0;
        int firstLine = 1;
        std::vector<ReviewLogEntry> entries;
        int bad = 0;
        QString firstProblem;
    };
    constexpr qsizetype kMinimumSliceBytes = 256 * 1024;
    const qsizetype wanted = std::max<qsizetype>(1, std::min<qsizetype>(QThread::idealThreadCount(),
                                                                         bytes.size() / kMinimumSliceBytes));
    QList<Slice> slices;
    qsizetype begin = 0;
    int firstLine = 1;
    for (qsizetype i = 0; i < wanted && begin < bytes.size(); ++i) {
        qsizetype end = i + 1 == wanted ? bytes.size() : bytes.indexOf('\n', (bytes.size() * (i + 1)) / wanted);
        end = end < 0 ? bytes.size() : std::min(bytes.size(), end + 1);
        slices.append({begin, end, firstLine, {}, 0, {}});
        firstLine += int(QByteArrayView(bytes.constData() + begin, end - begin).count('\n'));
        begin = end;
    }
    const auto parseSlice = [&bytes](Slice &slice) {
        int lineNumber = slice.firstLine - 1;
        qsizetype start = slice.begin;
        while (start < slice.end) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0 || end > slice.end)
                end = slice.end;
            ++lineNumber;
            const QByteArrayView line(bytes.constData() + start, end - start);
            start = end + 1;
            if (line.trimmed().isEmpty())
                continue;
            QString problem;
            try {
                const auto json = nlohmann::json::parse(line.begin(), line.end());
                if (auto entry = logEntryFromJson(json, &problem)) {
                    slice.entries.push_back(std::move(*entry));
                    continue;
                }
            } catch (const nlohmann::json::exception &) {
                problem = tr("not valid JSON");
            }
            if (++slice.bad == 1)
                slice.firstProblem = tr("line %1: %2").arg(lineNumber).arg(problem);
        }
    };
    if (slices.size() > 1)
        QtConcurrent::blockingMap(slices, parseSlice);
    else if (!slices.isEmpty())
        parseSlice(slices.front());

    int bad = 0;
    QString firstProblem;
    std::size_t total = 0;
    for (const Slice &slice : slices)
        total += slice.entries.size();
    m_log.reserve(total);
    for (Slice &slice : slices) {
        std::move(slice.entries.begin(), slice.entries.end(), std::back_inserter(m_log));
        if (slice.bad > 0 && bad == 0)
            firstProblem = slice.firstProblem;
        bad += slice.bad;
    }
    if (bad == 0)
        return;
    // Keep the user's bytes, then write the readable entries back so the history continues.
    const QString aside = m_logPath + QStringLiteral(".broken-") + timestampSuffix();
    if (!QFile::rename(m_logPath, aside)) {
        m_loadMessages << tr("%1: %2 entries could not be read (%3), and the file could not be moved aside.")
                              .arg(QDir::toNativeSeparators(m_logPath))
                              .arg(bad)
                              .arg(firstProblem);
        return;
    }
    QSaveFile out(m_logPath);
    if (out.open(QIODevice::WriteOnly)) {
        for (const auto &entry : m_log)
            out.write(QByteArray::fromStdString(logEntryToJson(entry).dump() + "\n"));
        out.commit();
    }
    m_loadMessages << tr("%1: %2 of %3 review entries could not be read (%4). The readable ones were kept; "
                         "the original file is saved as %5.")
                          .arg(QDir::toNativeSeparators(m_logPath))
                          .arg(bad)
                          .arg(bad + static_cast<int>(m_log.size()))
                          .arg(firstProblem, QDir::toNativeSeparators(aside));
}

void ReviewStore::load()
{
    m_loadMessages.clear();
    m_cards.clear();
    m_log.clear();
    m_undo.clear();
    m_logFile.close();
    m_progressFailed = false;
    m_movedAsideTo.clear();
    m_savedLogEntries = 0;
    m_dirty = false;
    m_limits = {};

    const JsonLoad loaded = m_progress.load();
    bool haveSnapshot = false;
    if (loaded.status == JsonLoad::Status::Failed) {
        m_progressFailed = true;
        m_movedAsideTo = loaded.movedAsideTo;
        m_loadMessages << loaded.error;
    } else if (loaded.ok()) {
        QString problem;
        if (readProgress(loaded.data, &problem))
            haveSnapshot = true;
        else
            moveProgressAside(problem);
    }

    readLog();

    // Replay what the snapshot has not seen yet (a crash before the debounced save), or
    // everything when there is no snapshot.
    const auto from = haveSnapshot ? static_cast<std::size_t>(std::min<qint64>(m_savedLogEntries, qint64(m_log.size())))
                                   : std::size_t(0);
    for (std::size_t i = from; i < m_log.size(); ++i)
        m_cards.insert(m_log[i].card.questionId, m_log[i].card);
    if (from < m_log.size() || (haveSnapshot && m_savedLogEntries != qint64(m_log.size())))
        m_dirty = true;
    if (m_progressFailed && !m_log.empty())
        m_loadMessages << tr("Your cards were rebuilt from the review history (%1 answers), so no progress was lost.")
                              .arg(m_log.size());
}

bool ReviewStore::restoreBackup(const QString &backupFile, QString *error)
{
    if (!m_progress.restore(backupFile, error))
        return false;
    load();
    return true;
}

void ReviewStore::setSettings(const SchedulerSettings &settings)
{
    m_scheduler = Scheduler(settings);
    m_dirty = true;
}

void ReviewStore::setLimits(const SessionLimits &limits)
{
    m_limits = limits;
    m_dirty = true;
}

const ReviewCard *ReviewStore::card(const QString &questionId) const
{
    const auto it = m_cards.constFind(questionId);
    return it == m_cards.constEnd() ? nullptr : &it.value();
}

ReviewCard ReviewStore::cardFor(const QString &questionId) const
{
    if (const ReviewCard *existing = card(questionId))
        return *existing;
    ReviewCard fresh;
    fresh.questionId = questionId;
    return fresh;
}

bool ReviewStore::openLogForAppend(QString *error)
{
    if (m_logFile.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_logPath).absolutePath());
    m_logFile.setFileName(m_logPath);
    if (!m_logFile.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(m_logPath), m_logFile.errorString());
        return false;
    }
    return true;
}

std::optional<ReviewOutcome> ReviewStore::rate(const QString &questionId, Rating rating, qint64 nowMs,
                                               QString *error)
{
    if (!openLogForAppend(error))
        return std::nullopt;
    const ReviewCard *existing = card(questionId);
    ReviewOutcome outcome = m_scheduler.review(cardFor(questionId), rating, nowMs);
    const qint64 before = m_logFile.size();
    const QByteArray line = QByteArray::fromStdString(logEntryToJson(outcome.log).dump() + "\n");
    if (m_logFile.write(line) != line.size() || !m_logFile.flush()) {
        if (error)
            *error = tr("Could not write %1: %2.").arg(QDir::toNativeSeparators(m_logPath), m_logFile.errorString());
        m_logFile.resize(before);
        return std::nullopt;
    }
    // flush() hands the line to the kernel: it survives the app crashing. fdatasync (about
    // 5 ms here, the whole budget) waits for the debounced save(), so a power cut can cost at
    // most the last second of answers.

    m_undo.push_back({existing ? std::optional<ReviewCard>(*existing) : std::nullopt, before});
    if (m_undo.size() > kUndoDepth)
        m_undo.erase(m_undo.begin());
    m_cards.insert(questionId, outcome.card);
    m_log.push_back(outcome.log);
    m_dirty = true;
    return outcome;
}

std::optional<ReviewLogEntry> ReviewStore::undo(QString *error)
{
    if (m_undo.empty() || m_log.empty())
        return std::nullopt;
    if (!openLogForAppend(error))
        return std::nullopt;
    const UndoStep step = m_undo.back();
    if (!m_logFile.resize(step.logBytesBefore)) {
        if (error)
            *error = tr("Could not undo in %1: %2.").arg(QDir::toNativeSeparators(m_logPath), m_logFile.errorString());
        return std::nullopt;
    }
    m_logFile.seek(step.logBytesBefore);
    syncToDisk(m_logFile);
    m_undo.pop_back();
    ReviewLogEntry removed = m_log.back();
    m_log.pop_back();
    if (step.previous)
        m_cards.insert(removed.card.questionId, *step.previous);
    else
        m_cards.remove(removed.card.questionId);
    m_dirty = true;
    // A snapshot that already counts the undone answer would replay nothing and keep it.
    if (m_savedLogEntries > qint64(m_log.size()))
        save(nullptr);
    return removed;
}

bool ReviewStore::save(QString *error)
{
    if (m_progressFailed && m_movedAsideTo.isEmpty() && QFile::exists(m_progress.path())) {
        if (error)
            *error = tr("%1 could not be read or moved aside, so it is not saved over.")
                         .arg(QDir::toNativeSeparators(m_progress.path()));
        return false;
    }
    if (m_logFile.isOpen())
        syncToDisk(m_logFile);
    const SchedulerSettings &s = m_scheduler.settings();
    nlohmann::json document;
    document["settings"] = {{"desiredRetention", s.desiredRetention},
                            {"learningSteps", nlohmann::json(std::vector<int>(s.learningStepsSeconds.begin(), s.learningStepsSeconds.end()))},
                            {"relearningSteps", nlohmann::json(std::vector<int>(s.relearningStepsSeconds.begin(), s.relearningStepsSeconds.end()))},
                            {"maximumInterval", s.maximumInterval},
                            {"fuzz", s.fuzz},
                            {"fuzzSeed", s.fuzzSeed},
                            {"newPerDay", m_limits.newPerDay},
                            {"reviewsPerDay", m_limits.reviewsPerDay}};
    document["logEntries"] = m_log.size();
    // Sorted by id so the file diffs cleanly between saves.
    QStringList ids = m_cards.keys();
    ids.sort();
    auto &cards = document["cards"] = nlohmann::json::array();
    for (const QString &id : ids)
        cards.push_back(cardToJson(m_cards.value(id)));
    if (!m_progress.save(std::move(document), error))
        return false;
    m_savedLogEntries = static_cast<qint64>(m_log.size());
    m_progressFailed = false;
    m_dirty = false;
    return true;
}

std::vector<const ReviewCard *> ReviewStore::dueCards(qint64 dueBeforeMs) const
{
    std::vector<std::pair<qint64, const ReviewCard *>> due;
    due.reserve(static_cast<std::size_t>(m_cards.size()));
    for (const ReviewCard &card : m_cards)
        if (card.state != CardState::New && card.dueMs <= dueBeforeMs)
            due.emplace_back(card.dueMs, &card);
    // Most overdue first. An LSD radix sort on the due time (a third of std::sort's time at
    // 100k cards), then ties by id so the order never depends on hashing.
    std::vector<std::pair<qint64, const ReviewCard *>> buffer(due.size());
    for (int shift = 0; shift < 64; shift += 8) {
        std::array<std::size_t, 257> counts{};
        auto byteOf = [shift](qint64 v) { return ((quint64(v) ^ (quint64(1) << 63)) >> shift) & 0xFF; };
        for (const auto &entry : due)
            ++counts[byteOf(entry.first) + 1];
        if (std::any_of(counts.begin() + 1, counts.end(), [&](std::size_t c) { return c == due.size(); }))
            continue;  // every key has the same byte here: nothing to move
        for (std::size_t i = 1; i < counts.size(); ++i)
            counts[i] += counts[i - 1];
        for (const auto &entry : due)
            buffer[counts[byteOf(entry.first)]++] = entry;
        due.swap(buffer);
    }
    for (auto run = due.begin(); run != due.end();) {
        const auto end = std::find_if(run, due.end(), [&](const auto &e) { return e.first != run->first; });
        if (end - run > 1)
            std::sort(run, end, [](const auto &a, const auto &b) { return a.second->questionId < b.second->questionId; });
        run = end;
    }
    std::vector<const ReviewCard *> cards;
    cards.reserve(due.size());
    for (const auto &entry : due)
        cards.push_back(entry.second);
    return cards;
}

QStringList ReviewStore::dueQueue(qint64 dueBeforeMs) const
{
    QStringList ids;
    for (const ReviewCard *card : dueCards(dueBeforeMs))
        ids << card->questionId;
    return ids;
}

StudyState ReviewStore::studyState(const QString &questionId) const
{
    StudyState result;
    const ReviewCard *c = card(questionId);
    if (!c || c->state == CardState::New)
        return result;
    const qint64 now = m_clock();
    switch (c->state) {
    case CardState::New: break;
    case CardState::Learning: result.stage = StudyState::Stage::Learning; break;
    case CardState::Review: result.stage = StudyState::Stage::Review; break;
    case CardState::Relearning: result.stage = StudyState::Stage::Relearning; break;
    }
    // As in Anki: a review card is due for the whole of its day, a learning step at its minute.
    if (now < m_dayStartMs || now >= m_dayEndMs) {
        m_dayStartMs = startOfLocalDayMs(now);
        m_dayEndMs = endOfLocalDayMs(now);
    }
    result.due = c->state == CardState::Review ? c->dueMs < m_dayEndMs : c->dueMs <= now;
    result.intervalDays = c->state == CardState::Review ? c->scheduledDays
                                                        : (c->dueMs - c->lastReviewMs) / double(Scheduler::kDayMs);
    return result;
}

} // namespace loopcraft
