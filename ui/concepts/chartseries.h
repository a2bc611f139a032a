#pragma once

#include "concepts/conceptresult.h"

#include <QList>
#include <QPointF>

QT_BEGIN_NAMESPACE
class QXYSeries;
QT_END_NAMESPACE

namespace loopcraft {

// Turns core series into chart points: column x against column y, with an optional floor so a
// log axis never sees zero (an interpolating fit has a training error of 1e-30).
// QXYSeries::replace, skipped when nothing moved: an unchanged series then costs the chart no
// relayout (a degree drag leaves the U-curves and the data alone).
void replacePoints(QXYSeries *series, const QList<QPointF> &points);

QList<QPointF> toPoints(const concepts::Series &series, int xColumn = 0, int yColumn = 1, double floor = -1.0);

} // namespace loopcraft
