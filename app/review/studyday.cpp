#include "studyday.h"

#include <QDateTime>

namespace loopcraft {

qint64 startOfLocalDayMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().startOfDay().toMSecsSinceEpoch();
}

qint64 endOfLocalDayMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).date().addDays(1).startOfDay().toMSecsSinceEpoch();
}

int localDaysBetween(qint64 aMs, qint64 bMs)
{
    const QDate a = QDateTime::fromMSecsSinceEpoch(aMs).date();
    const QDate b = QDateTime::fromMSecsSinceEpoch(bMs).date();
    return static_cast<int>(a.daysTo(b));
}

} // namespace loopcraft
