// Any bytes as the Practice room's files: progress.json, review-log.jsonl and mock-history.json.
// Every outcome must be a clean load or a message, and the user's bytes must survive.
#include "review/mockhistory.h"
#include "review/reviewstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 0;
    write(dir.filePath(QStringLiteral("progress.json")), bytes);
    write(dir.filePath(QStringLiteral("review-log.jsonl")), bytes);
    write(dir.filePath(QStringLiteral("mock-history.json")), bytes);

    loopcraft::ReviewStore store(dir.path());
    store.load();
    if (store.progressFailed() && store.loadMessages().isEmpty())
        __builtin_trap();
    // Whatever loaded must survive a save and a reload unchanged.
    const auto cards = store.cards();
    if (store.save()) {
        loopcraft::ReviewStore again(dir.path());
        again.load();
        if (again.cards() != cards)
            __builtin_trap();
    }

    loopcraft::MockHistory history(dir.path());
    history.load();
    for (const QString &message : history.loadMessages())
        if (message.isEmpty())
            __builtin_trap();
    return 0;
}
