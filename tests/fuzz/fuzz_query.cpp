// Any text typed into the Library's search box goes through the query parser.
#include "library/queryparser.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto query = loopcraft::QueryParser::parse(text);
    (void)query;
    return 0;
}
