#pragma once

#include <QtGlobal>

namespace loopcraft {

// Day boundaries in the user's local time, for "due today", daily limits and statistics.
qint64 startOfLocalDayMs(qint64 ms);
qint64 endOfLocalDayMs(qint64 ms);  // the first millisecond of the next day
// Whole local days from a to b (negative when b is earlier).
int localDaysBetween(qint64 aMs, qint64 bMs);

} // namespace loopcraft
