#include "datadirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace loopcraft {

DataDirectory::DataDirectory(QString root) : m_root(QDir::cleanPath(QDir(root).absolutePath())) {}

QString DataDirectory::standardLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DataDirectory::filePath(const QString &name) const { return m_root + QLatin1Char('/') + name; }

QString DataDirectory::decksPath() const { return filePath(QStringLiteral("decks")); }

QString DataDirectory::settingsFile() const { return filePath(QStringLiteral("settings.ini")); }

bool DataDirectory::ensureExists(QString *error) const
{
    if (QDir().mkpath(m_root))
        return true;
    if (error)
        *error = QCoreApplication::translate("DataDirectory", "Could not create the data folder %1.")
                     .arg(QDir::toNativeSeparators(m_root));
    return false;
}

} // namespace loopcraft
