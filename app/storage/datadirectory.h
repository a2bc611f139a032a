#pragma once

#include <QString>

namespace loopcraft {

// Where the user's files live: the standard per-user location, or the folder given with
// --data-dir (tests, portable use). Every store asks here for its path.
class DataDirectory {
public:
    explicit DataDirectory(QString root = standardLocation());

    static QString standardLocation();

    const QString &root() const { return m_root; }
    QString filePath(const QString &name) const;
    QString decksPath() const;      // user decks, same format as the shipped content
    QString settingsFile() const;   // QSettings file when a data folder was given explicitly

    bool ensureExists(QString *error = nullptr) const;

private:
    QString m_root;
};

} // namespace loopcraft
