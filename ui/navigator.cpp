#include "navigator.h"

namespace loopcraft {

QStringList Navigator::pageIds()
{
    return {QStringLiteral("library"), QStringLiteral("practice"), QStringLiteral("concepts"),
            QStringLiteral("stories")};
}

} // namespace loopcraft
