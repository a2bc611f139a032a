#pragma once

#include "concepts/conceptresult.h"

#include <QList>
#include <QPointF>

namespace loopcraft {

// Turns core series into chart points: column x against column y, with an optional floor so a
// log axis never sees zero (an interpolating fit has a training error of 1e-30).
QList<QPointF> toPoints(const concepts::Series &series, int xColumn = 0, int yColumn = 1, double floor = -1.0);

} // namespace loopcraft
