#include "chartseries.h"

#include <QXYSeries>
#include <algorithm>
#include <cmath>

namespace loopcraft {

void replacePoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->count() != points.size() || series->points() != points)
        series->replace(points);
}

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
