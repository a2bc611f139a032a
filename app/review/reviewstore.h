#pragma once

#include "library/studystate.h"
#include "scheduler.h"
#include "sessionlimits.h"
#include "storage/jsonstore.h"

#include <QFile>
#include <QHash>
#include <QStringList>
#include <functional>
#include <optional>
#include <vector>

namespace loopcraft {

// The user's review progress: every card's FSRS state and the full review history.
//
// Two files, chosen by measurement (see docs/architecture.md): the history is an append-only
// log (review-log.jsonl, one JSON object a line, each with the card's state after the answer)
// so one answer costs one short write however long the history grows; the card states and
// settings are a JsonStore document (progress.json: atomic, backed up) saved after a short
// debounce. The log can rebuild every card, so a crash between the two loses nothing, and a
// progress.json that fails to load is rebuilt from it.
class ReviewStore : public StudyStateProvider {
public:
    static constexpr int kSchema = 1;
    static constexpr int kUndoDepth = 200;

    explicit ReviewStore(const QString &directory);
    ~ReviewStore() override;

    // Reads progress.json and the log. Problems become plain sentences in loadMessages().
    void load();
    const QStringList &loadMessages() const { return m_loadMessages; }
    bool progressFailed() const { return m_progressFailed; }  // progress.json was moved aside
    QString movedAsideTo() const { return m_movedAsideTo; }
    JsonStore &progressFile() { return m_progress; }
    const JsonStore &progressFile() const { return m_progress; }
    QString logPath() const { return m_logPath; }
    // Makes a backup of progress.json current and reloads (the log still replays on top).
    bool restoreBackup(const QString &backupFile, QString *error = nullptr);

    const SchedulerSettings &settings() const { return m_scheduler.settings(); }
    void setSettings(const SchedulerSettings &settings);
    const Scheduler &scheduler() const { return m_scheduler; }
    const SessionLimits &limits() const { return m_limits; }
    void setLimits(const SessionLimits &limits);

    const ReviewCard *card(const QString &questionId) const;
    ReviewCard cardFor(const QString &questionId) const;  // a New card when never reviewed
    const QHash<QString, ReviewCard> &cards() const { return m_cards; }
    const std::vector<ReviewLogEntry> &log() const { return m_log; }

    // Schedules the answer, appends it to the log on disk (flushed to the kernel; fdatasync'd
    // by the next save()) and updates the card.
    std::optional<ReviewOutcome> rate(const QString &questionId, Rating rating, qint64 nowMs,
                                      QString *error = nullptr);
    bool canUndo() const { return !m_undo.empty(); }
    // Puts the card back as it was and removes the last answer from the log and its file.
    std::optional<ReviewLogEntry> undo(QString *error = nullptr);

    bool isDirty() const { return m_dirty; }
    // Writes progress.json (card states, settings) and syncs the log to disk. Refuses only when
    // a file that failed to load could not be moved aside; a moved-aside file is never touched.
    bool save(QString *error = nullptr);

    // Cards (not New) due at or before dueBeforeMs, most overdue first. The pointers stay valid
    // until the store next changes; they spare copying 100k ids when most are filtered out.
    std::vector<const ReviewCard *> dueCards(qint64 dueBeforeMs) const;
    QStringList dueQueue(qint64 dueBeforeMs) const;  // the same, as ids

    StudyState studyState(const QString &questionId) const override;
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    qint64 now() const { return m_clock(); }

    static nlohmann::json cardToJson(const ReviewCard &card);
    static std::optional<ReviewCard> cardFromJson(const nlohmann::json &json, QString *error);
    static nlohmann::json logEntryToJson(const ReviewLogEntry &entry);
    static std::optional<ReviewLogEntry> logEntryFromJson(const nlohmann::json &json, QString *error);

private:
    struct UndoStep {
        std::optional<ReviewCard> previous;  // nullopt: the card did not exist before
        qint64 logBytesBefore = 0;
    };
    bool readProgress(const nlohmann::json &document, QString *error);
    void readLog();
    bool openLogForAppend(QString *error);
    void moveProgressAside(const QString &reason);

    JsonStore m_progress;
    QString m_logPath;
    QFile m_logFile;
    Scheduler m_scheduler;
    SessionLimits m_limits;
    QHash<QString, ReviewCard> m_cards;
    std::vector<ReviewLogEntry> m_log;
    std::vector<UndoStep> m_undo;
    qint64 m_savedLogEntries = 0;
    bool m_dirty = false;
    bool m_progressFailed = false;
    QString m_movedAsideTo;
    QStringList m_loadMessages;
    std::function<qint64()> m_clock;
    // The local day of the last studyState() call: the Library asks for every question in a
    // search, and a time-zone conversion per question would dominate.
    mutable qint64 m_dayStartMs = 0;
    mutable qint64 m_dayEndMs = 0;
};

} // namespace loopcraft
