#pragma once

#include "storage/jsonstore.h"

#include <memory>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace loopcraft {

// A search the user named: one query in the Library's language, filters included
// ("bias tag:xgboost diff:hard"), so the text alone reproduces it.
struct SavedSearch {
    QString name;
    QString query;
    bool operator==(const SavedSearch &) const = default;
};

// The user's personal layer over the question bank: bookmarks and Markdown notes per question
// and named searches, kept in <data-dir>/library.json. Edits are saved about a second after the
// last change (atomic save, spaced backups); a file that cannot be read is moved aside, never
// overwritten.
class LibraryStore : public QObject {
    Q_OBJECT
public:
    static constexpr int kSchema = 1;
    static constexpr int kAutosaveMs = 1000;
    static QString fileName() { return QStringLiteral("library.json"); }

    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override; // saves pending edits

    // Reads the file. Returns a sentence for the user when it could not be read (the file is
    // then kept aside and the store starts empty), or an empty string.
    QString load(const QString &path);
    const QString &path() const { return m_path; }
    // The file behind the store (backups, clock); null before load().
    JsonStore *file() { return m_store.get(); }

    bool isBookmarked(const QString &id) const { return m_bookmarks.contains(id); }
    void setBookmarked(const QString &id, bool bookmarked);
    const QSet<QString> &bookmarks() const { return m_bookmarks; }

    QString note(const QString &id) const { return m_notes.value(id); }
    void setNote(const QString &id, const QString &markdown);
    int noteCount() const { return static_cast<int>(m_notes.size()); }

    // Named searches in the order the user saved them. Names are trimmed, never empty and
    // unique regardless of case; a query is never blank.
    const QList<SavedSearch> &savedSearches() const { return m_searches; }
    // Index of the search with this name (any case), or -1.
    int savedSearchIndex(const QString &name) const;
    // Adds a search; false with a sentence in error when the name is empty or taken, or the
    // query is blank.
    bool addSavedSearch(const QString &name, const QString &query, QString *error = nullptr);
    // Gives an existing search a new query (saving over it).
    bool setSavedSearchQuery(const QString &name, const QString &query, QString *error = nullptr);
    bool renameSavedSearch(const QString &from, const QString &to, QString *error = nullptr);
    bool removeSavedSearch(const QString &name);

    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves now (the autosave timer calls this). False with a message when it failed.
    bool saveNow(QString *error = nullptr);

signals:
    void changed(const QString &questionId);
    void savedSearchesChanged();
    void saved();
    void saveFailed(const QString &error);

private:
    void scheduleSave();
    QString moveAside(const QString &reason);
    // Why a name cannot be used (empty, or taken by a search other than `except`), or empty.
    QString nameProblem(const QString &name, int except) const;

    QString m_path;
    std::unique_ptr<JsonStore> m_store;
    QSet<QString> m_bookmarks;
    QHash<QString, QString> m_notes;
    QList<SavedSearch> m_searches;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_readOnly = false; // the file on disk could not be moved aside: never save over it
};

} // namespace loopcraft
