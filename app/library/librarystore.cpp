#include "librarystore.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace loopcraft {

LibraryStore::LibraryStore(QObject *parent) : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(kAutosaveMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveNow(); });
}

LibraryStore::~LibraryStore()
{
    if (m_dirty)
        saveNow();
}

QString LibraryStore::moveAside(const QString &reason)
{
    const QString aside = m_path + QStringLiteral(".broken-") +
                          QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (QFile::rename(m_path, aside))
        return reason + QLatin1Char(' ') +
               tr("The file was kept as %1 and Loopcraft started with no bookmarks or notes.")
                   .arg(QDir::toNativeSeparators(aside));
    m_readOnly = true;
    return reason + QLatin1Char(' ') +
           tr("The file could not be moved aside, so Loopcraft will not save over it.");
}

QString LibraryStore::load(const QString &path)
{
    if (m_dirty)
        saveNow();
    m_path = path;
    m_store = std::make_unique<JsonStore>(path, kSchema);
    m_bookmarks.clear();
    m_notes.clear();
    m_dirty = false;
    m_readOnly = false;

    const JsonLoad result = m_store->load();
    if (result.status == JsonLoad::Status::Missing)
        return {};
    if (!result.ok()) {
        m_readOnly = result.movedAsideTo.isEmpty();
        return result.error;
    }
    // The envelope is fine; the contents must be too, or the file is kept aside whole rather
    // than silently dropping what could not be read.
    const QString label = QDir::toNativeSeparators(path);
    const nlohmann::json &data = result.data;
    QSet<QString> bookmarks;
    QHash<QString, QString> notes;
    if (const auto it = data.find("bookmarks"); it != data.end() && !it->is_null()) {
        if (!it->is_array())
            return moveAside(tr("%1: \"bookmarks\" should be a list of question ids, found %2.")
                                 .arg(label, jsonTypeName(*it)));
        for (const auto &item : *it) {
            if (!item.is_string())
                return moveAside(tr("%1: \"bookmarks\" should hold question ids, found %2 in it.")
                                     .arg(label, jsonTypeName(item)));
            bookmarks.insert(QString::fromStdString(item.get<std::string>()));
        }
    }
    if (const auto it = data.find("notes"); it != data.end() && !it->is_null()) {
        if (!it->is_object())
            return moveAside(
                tr("%1: \"notes\" should map question ids to text, found %2.").arg(label, jsonTypeName(*it)));
        for (const auto &[id, text] : it->items()) {
            if (!text.is_string())
                return moveAside(tr("%1: the note for \"%2\" should be text, found %3.")
                                     .arg(label, QString::fromStdString(id), jsonTypeName(text)));
            notes.insert(QString::fromStdString(id), QString::fromStdString(text.get<std::string>()));
        }
    }
    m_bookmarks = std::move(bookmarks);
    m_notes = std::move(notes);
    return {};
}

void LibraryStore::setBookmarked(const QString &id, bool bookmarked)
{
    if (bookmarked == m_bookmarks.contains(id))
        return;
    if (bookmarked)
        m_bookmarks.insert(id);
    else
        m_bookmarks.remove(id);
    scheduleSave();
    emit changed(id);
}

void LibraryStore::setNote(const QString &id, const QString &markdown)
{
    // Whitespace-only notes are removed so the file does not fill with empty entries.
    const bool empty = markdown.trimmed().isEmpty();
    if (empty ? !m_notes.contains(id) : m_notes.value(id) == markdown)
        return;
    if (empty)
        m_notes.remove(id);
    else
        m_notes.insert(id, markdown);
    scheduleSave();
    emit changed(id);
}

void LibraryStore::scheduleSave()
{
    m_dirty = true;
    m_autosave.start();
}

bool LibraryStore::saveNow(QString *error)
{
    m_autosave.stop();
    if (!m_store || m_readOnly) {
        const QString message = m_store
                                    ? tr("Bookmarks and notes are not saved: %1 could not be moved aside.")
                                          .arg(QDir::toNativeSeparators(m_path))
                                    : tr("Bookmarks and notes have no file to be saved in.");
        if (error)
            *error = message;
        emit saveFailed(message);
        return false;
    }
    QStringList bookmarks(m_bookmarks.begin(), m_bookmarks.end());
    bookmarks.sort(); // stable files diff well and back up small
    nlohmann::json document = nlohmann::json::object();
    document["bookmarks"] = nlohmann::json::array();
    for (const QString &id : bookmarks)
        document["bookmarks"].push_back(id.toStdString());
    document["notes"] = nlohmann::json::object();
    QStringList ids = m_notes.keys();
    ids.sort();
    for (const QString &id : ids)
        document["notes"][id.toStdString()] = m_notes.value(id).toStdString();
    QString message;
    if (!m_store->save(std::move(document), &message)) {
        if (error)
            *error = message;
        emit saveFailed(message);
        return false;
    }
    m_dirty = false;
    emit saved();
    return true;
}

} // namespace loopcraft
