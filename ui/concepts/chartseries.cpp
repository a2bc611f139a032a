#include "chartseries.h"

#include <algorithm>
#include <cmath>

namespace loopcraft {

QList<QPointF> toPoints(const concepts::Series &series, int xColumn, int yColumn, double floor)
{
    QList<QPointF> points;
    points.reserve(qsizetype(series.rows()));
    for (std::size_t row = 0; row < series.rows(); ++row) {
        double y = series.at(row, yColumn);
        if (floor > 0.0)
            y = std::max(y, floor);
        if (std::isfinite(y))
            points.append(QPointF(series.at(row, xColumn), y));
    }
    return points;
}

} // namespace loopcraft
