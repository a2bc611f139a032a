#pragma once

#include "query.h"

namespace loopcraft {

// Reads the Library's search language, in the spirit of Anki's browser:
//   words  "a phrase"  -word  w*ld  tag:x  -tag:x  cat:x  diff:hard
//   is:bookmarked  is:due  is:new  is:learn  is:review  prop:ivl>=N (also > < <= =)
// Unknown or malformed forms are reported and skipped, never fatal: search is typed live.
class QueryParser {
public:
    static Query parse(const QString &text);
};

} // namespace loopcraft
