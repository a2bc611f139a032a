#pragma once

#include "storage/jsonstore.h"

#include <memory>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace loopcraft {

// The user's personal layer over the question bank: bookmarks and Markdown notes per question,
// kept in <data-dir>/library.json. Edits are saved about a second after the last change
// (atomic save, rolling backups); a file that cannot be read is moved aside, never overwritten.
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

    bool isBookmarked(const QString &id) const { return m_bookmarks.contains(id); }
    void setBookmarked(const QString &id, bool bookmarked);
    const QSet<QString> &bookmarks() const { return m_bookmarks; }

    QString note(const QString &id) const { return m_notes.value(id); }
    void setNote(const QString &id, const QString &markdown);
    int noteCount() const { return static_cast<int>(m_notes.size()); }

    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves now (the autosave timer calls this). False with a message when it failed.
    bool saveNow(QString *error = nullptr);

signals:
    void changed(const QString &questionId);
    void saved();
    void saveFailed(const QString &error);

private:
    void scheduleSave();
    QString moveAside(const QString &reason);

    QString m_path;
    std::unique_ptr<JsonStore> m_store;
    QSet<QString> m_bookmarks;
    QHash<QString, QString> m_notes;
    QTimer m_autosave;
    bool m_dirty = false;
    bool m_readOnly = false; // the file on disk could not be moved aside: never save over it
};

} // namespace loopcraft
