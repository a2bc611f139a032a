// Any bytes given to the Leadership Principle catalogue reader.
#include "stories/principlecatalogue.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    loopcraft::PrincipleCatalogue catalogue;
    catalogue.load(bytes, QStringLiteral("fuzz.json"));
    return 0;
}
