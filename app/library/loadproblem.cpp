#include "loadproblem.h"

#include <QStringList>

namespace loopcraft {

QString LoadProblem::toString() const
{
    QStringList where{file};
    if (!itemId.isEmpty())
        where << itemId;
    if (!field.isEmpty())
        where << field;
    return where.join(QStringLiteral(": ")) + QStringLiteral(": ") + message;
}

} // namespace loopcraft
