#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <chrono>
#include <functional>
#include <nlohmann/json.hpp>
#include <vector>

namespace loopcraft {

// The outcome of reading one JSON store from disk.
struct JsonLoad {
    enum class Status { Loaded, Missing, Failed };
    Status status = Status::Missing;
    nlohmann::json data;       // the document, migrated to the current schema (Loaded only)
    int fileSchema = 0;        // the schema the file was written with
    QString error;             // a sentence a person understands: file, place, what was expected
    QString movedAsideTo;      // where a file that failed to load now lives (Failed only)

    bool ok() const { return status == Status::Loaded; }
};

// One JSON document on disk with a "schema" number: clear load errors, migrations of old
// schemas, atomic saves (QSaveFile) and a few spaced backups. A file that fails to load is
// moved aside, never overwritten.
class JsonStore {
public:
    // Brings a document from schema N to N + 1; migrations[i] upgrades schema i + 1.
    using Migration = std::function<void(nlohmann::json &)>;
    using Clock = std::function<QDateTime()>;
    static constexpr int kBackupsKept = 5;
    // Stores autosave about a second after each edit; a backup per save would leave five copies
    // from the last few seconds. So a save backs the file up only on the first save of this
    // instance (the file as the session found it) and then at most once per interval.
    static constexpr std::chrono::minutes kBackupInterval{10};

    JsonStore(QString path, int currentSchema, std::vector<Migration> migrations = {});

    const QString &path() const { return m_path; }
    int currentSchema() const { return m_currentSchema; }
    // The time used to space backups and to name them and moved-aside files (tests move it).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Reads, validates the envelope and migrates. On failure the file is renamed to
    // "<name>.broken-<timestamp>" so the next save cannot overwrite it.
    JsonLoad load();

    // Writes atomically, first copying the previous file into the backups folder when a backup
    // is due (see kBackupInterval). "schema" is set on the written document. Returns false and
    // fills error on failure.
    bool save(nlohmann::json document, QString *error = nullptr);
    // The same for a store that writes its own JSON text (large stores, for speed); the text
    // must already carry the current "schema".
    bool saveSerialized(const QByteArray &json, QString *error = nullptr);

    // Backups, newest first.
    QStringList backups() const;
    QString backupDirectory() const;
    // Reads a backup (or any file) without touching it.
    JsonLoad peek(const QString &file) const;
    // Makes a backup the current file (the current file is always backed up first).
    bool restore(const QString &backupFile, QString *error = nullptr);

    // Parses text and checks the envelope; shared by load() and peek().
    static JsonLoad parse(const QByteArray &bytes, const QString &fileLabel, int currentSchema,
                          const std::vector<Migration> &migrations);

private:
    // Copies the current file into the backups folder and drops the oldest beyond kBackupsKept.
    void backUp(const QDateTime &now);
    bool backupDue(const QDateTime &now) const;

    QString m_path;
    int m_currentSchema;
    std::vector<Migration> m_migrations;
    Clock m_clock;
    QDateTime m_lastBackup; // invalid until this instance has made one
};

// Line and column (1-based) of a byte offset, for messages about a file's text.
QPair<int, int> lineAndColumn(const QByteArray &bytes, std::size_t byteOffset);
// "a string", "a number", ... for messages such as "expected a string, found a number".
QString jsonTypeName(const nlohmann::json &value);

} // namespace loopcraft
