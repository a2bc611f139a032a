#pragma once

#include "library/loadproblem.h"
#include "storage/jsonstore.h"
#include "story.h"
#include "storydirectory.h"

#include <optional>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <vector>

namespace loopcraft {

// The user's STAR stories in <data-dir>/stories.json (schema 1): create, edit, soft delete and
// restore, JSON import and export. Saved atomically with backups through JsonStore; a file that
// fails to load is kept aside and the bank refuses to save over anything it could not read.
class StoryBank : public StoryDirectory {
public:
    // Schema history: 1 = the first format. A future schema 2 adds its upgrade to migrations().
    static constexpr int kSchema = 1;
    static std::vector<JsonStore::Migration> migrations();
    static constexpr int kKeptCopies = 10; // "kept-" copies of the backups from before damage

    // What load() found, in words for the user.
    struct LoadReport {
        JsonLoad::Status status = JsonLoad::Status::Missing;
        QString message;             // empty when everything loaded
        QString movedAsideTo;        // where unreadable bytes now live
        QList<LoadProblem> problems; // stories or fields that were skipped
        bool ok() const { return message.isEmpty(); }
    };

    StoryBank() = default; // in memory only (tests, import previews)
    explicit StoryBank(const QString &path);

    bool hasFile() const { return m_store.has_value(); }
    JsonStore *store() { return m_store ? &*m_store : nullptr; }
    const QString &path() const { return m_path; }

    LoadReport load();
    // Saves now. Refuses (with a message) if the file on disk could not be read and was not moved aside.
    bool save(QString *error = nullptr);
    bool isDirty() const { return m_dirty; }
    // After the user restored a backup: reads the file again.
    LoadReport reload();
    // Copies of the backups that existed when a file failed to load, kept out of the backup
    // rotation; newest first.
    QStringList keptBackups() const;

    // Every story, deleted ones included, in creation order.
    const std::vector<Story> &stories() const { return m_stories; }
    QList<const Story *> activeStories() const;
    QList<const Story *> deletedStories() const; // "Recently deleted", newest deletion first
    int activeCount() const;
    const Story *find(const QString &id) const;

    // A new empty story (or a copy of a template), stamped now; returns its id.
    QString add(Story story = {});
    // Replaces the story with the same id; stamps modified if anything the user wrote changed.
    bool update(const Story &story);
    bool softDelete(const QString &id);
    bool restore(const QString &id);
    bool purge(const QString &id); // gone for good (only from "Recently deleted")

    // The whole document as written to disk (UTF-8 JSON), and the same as a JSON value.
    QByteArray serialize() const;
    nlohmann::json toJson() const;
    // Reads a document's stories; bad entries are described in problems and skipped or repaired.
    static std::vector<Story> storiesFromJson(const nlohmann::json &document, const QString &fileLabel,
                                              QList<LoadProblem> &problems, bool *structureOk = nullptr);
    static std::vector<Story> storiesFromJson(const QJsonObject &document, const QString &fileLabel,
                                              QList<LoadProblem> &problems, bool *structureOk = nullptr);

    // The bank (active stories) as a JSON file another Loopcraft can import.
    QByteArray exportJson() const;
    // Adds the stories of an exported file. Ids already present get a fresh id unless the story is
    // identical (then it is skipped). Returns how many were added, or -1 with error set.
    int importJson(const QByteArray &bytes, const QString &fileLabel, QList<LoadProblem> &problems,
                   QString *error = nullptr);

    // StoryDirectory
    QList<StorySummary> storiesForPrinciple(const QString &principleId) const override;

    // The user's speaking pace for the insights (words per minute), kept with the stories.
    double wordsPerMinute() const { return m_wordsPerMinute; }
    void setWordsPerMinute(double wpm);

    // All tags in use by active stories, sorted.
    QStringList allTags() const;

private:
    void reindex();
    void keepBackups();
    void readDocument(const QJsonObject &document, LoadReport &report);
    QByteArray serialize(bool includeDeleted) const;

    QString m_path;
    std::optional<JsonStore> m_store;
    std::vector<Story> m_stories;
    QHash<QString, int> m_index;
    double m_wordsPerMinute = 140.0;
    bool m_dirty = false;
    bool m_blocked = false; // the file could not be read nor moved aside: never save over it
};

} // namespace loopcraft
