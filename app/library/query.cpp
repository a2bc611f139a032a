#include "query.h"

namespace loopcraft {

bool Query::hasText() const
{
    for (const QueryAtom &atom : atoms)
        if (!atom.negated && (atom.kind == QueryAtom::Kind::Word || atom.kind == QueryAtom::Kind::Wildcard ||
                              atom.kind == QueryAtom::Kind::Phrase))
            return true;
    return false;
}

} // namespace loopcraft
