#include "librarystore.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace loopcraft {

// Saved searches arrived in library.json without a schema bump, on purpose: the field is
// optional and additive, so a file from before it simply has none, and a schema 2 would make
// an older Loopcraft refuse the whole file (bookmarks and notes included) to protect a list
// it cannot use. The cost is that an older build saving the file drops the searches; that is
// the smaller loss. A change that alters existing fields would bump kSchema with a migration.

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
               tr("The file was kept as %1 and Loopcraft started with no bookmarks, notes or saved searches.")
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
    m_searches.clear();
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
    QList<SavedSearch> searches;
    if (const auto it = data.find("searches"); it != data.end() && !it->is_null()) {
        if (!it->is_array())
            return moveAside(tr("%1: \"searches\" should be a list of named searches, found %2.")
                                 .arg(label, jsonTypeName(*it)));
        for (const auto &item : *it) {
            if (!item.is_object())
                return moveAside(tr("%1: each saved search should be an object with a name and a query, "
                                    "found %2.")
                                     .arg(label, jsonTypeName(item)));
            for (const char *field : {"name", "query"}) {
                const auto value = item.find(field);
                if (value == item.end() || !value->is_string())
                    return moveAside(tr("%1: a saved search's \"%2\" should be text, found %3.")
                                         .arg(label, QString::fromLatin1(field),
                                              value == item.end() ? tr("nothing") : jsonTypeName(*value)));
            }
            SavedSearch search{QString::fromStdString(item["name"].get<std::string>()).trimmed(),
                               QString::fromStdString(item["query"].get<std::string>())};
            // A hand-edited file may repeat or blank a name: keep every query under a name
            // that is free, rather than move the file aside or drop the search.
            if (search.name.isEmpty())
                search.name = tr("Unnamed search");
            const QString base = search.name;
            for (int n = 2; std::any_of(searches.begin(), searches.end(), [&search](const SavedSearch &s) {
                     return s.name.compare(search.name, Qt::CaseInsensitive) == 0;
                 });
                 ++n)
                search.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            searches.append(search);
        }
    }
    m_bookmarks = std::move(bookmarks);
    m_notes = std::move(notes);
    m_searches = std::move(searches);
    return {};
}

int LibraryStore::savedSearchIndex(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_searches.size(); ++i)
        if (m_searches[i].name.compare(wanted, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

QString LibraryStore::nameProblem(const QString &name, int except) const
{
    if (name.trimmed().isEmpty())
        return tr("A saved search needs a name.");
    const int taken = savedSearchIndex(name);
    if (taken >= 0 && taken != except)
        return tr("There is already a saved search called \"%1\".").arg(m_searches[taken].name);
    return {};
}

bool LibraryStore::addSavedSearch(const QString &name, const QString &query, QString *error)
{
    QString problem = nameProblem(name, -1);
    if (problem.isEmpty() && query.trimmed().isEmpty())
        problem = tr("There is nothing to save: type a search or choose a filter first.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_searches.append({name.trimmed(), query.trimmed()});
    scheduleSave();
    emit savedSearchesChanged();
    return true;
}

bool LibraryStore::setSavedSearchQuery(const QString &name, const QString &query, QString *error)
{
    const int index = savedSearchIndex(name);
    QString problem;
    if (index < 0)
        problem = tr("There is no saved search called \"%1\".").arg(name.trimmed());
    else if (query.trimmed().isEmpty())
        problem = tr("There is nothing to save: type a search or choose a filter first.");
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (m_searches[index].query == query.trimmed())
        return true;
    m_searches[index].query = query.trimmed();
    scheduleSave();
    emit savedSearchesChanged();
    return true;
}

bool LibraryStore::renameSavedSearch(const QString &from, const QString &to, QString *error)
{
    const int index = savedSearchIndex(from);
    QString problem = index < 0 ? tr("There is no saved search called \"%1\".").arg(from.trimmed())
                                : nameProblem(to, index);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    if (m_searches[index].name == to.trimmed())
        return true;
    m_searches[index].name = to.trimmed();  // a change of case only is a rename too
    scheduleSave();
    emit savedSearchesChanged();
    return true;
}

bool LibraryStore::removeSavedSearch(const QString &name)
{
    const int index = savedSearchIndex(name);
    if (index < 0)
        return false;
    m_searches.removeAt(index);
    scheduleSave();
    emit savedSearchesChanged();
    return true;
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
                                    ? tr("Bookmarks, notes and saved searches are not saved: %1 could not be moved aside.")
                                          .arg(QDir::toNativeSeparators(m_path))
                                    : tr("Bookmarks, notes and saved searches have no file to be saved in.");
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
    document["searches"] = nlohmann::json::array();
    for (const SavedSearch &search : m_searches)  // the user's order, the menu's order
        document["searches"].push_back({{"name", search.name.toStdString()}, {"query", search.query.toStdString()}});
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
