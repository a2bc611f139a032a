// Any bytes as library.json (bookmarks, notes, saved searches): a clean load or a message, and
// the bytes kept. A clean load holds only saved searches the store's own rules allow.
#include "library/librarystore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    const QString path = dir.filePath(QStringLiteral("library.json"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(bytes);
    }
    loopcraft::LibraryStore store;
    const QString message = store.load(path);
    if (!message.isEmpty()) {
        // A file that failed to load must still exist somewhere in the folder, byte for byte.
        bool kept = false;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly) && file.readAll() == bytes)
                kept = true;
        }
        if (!kept)
            __builtin_trap();
        return 0;
    }
    const auto &searches = store.savedSearches();
    for (qsizetype i = 0; i < searches.size(); ++i) {
        if (searches[i].name.trimmed().isEmpty() || searches[i].name != searches[i].name.trimmed())
            __builtin_trap();
        if (store.savedSearchIndex(searches[i].name) != i)  // names unique regardless of case
            __builtin_trap();
    }
    return 0;
}
