// Any bytes given to the JSON store's reader: a clean Loaded or Failed, never a crash.
#include "storage/jsonstore.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const std::vector<loopcraft::JsonStore::Migration> migrations{
        [](nlohmann::json &document) { document["migrated"] = document.value("schema", 0); }};
    const auto load = loopcraft::JsonStore::parse(bytes, QStringLiteral("fuzz.json"), 2, migrations);
    if (!load.ok() && load.error.isEmpty())
        __builtin_trap(); // every failure must explain itself
    return 0;
}
