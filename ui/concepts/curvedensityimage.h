#pragma once

#include "concepts/conceptresult.h"

#include <QColor>
#include <QImage>
#include <QRectF>

namespace loopcraft {

// Many curves y₁(x) … yₖ(x) sharing the x column of `curves` ([x, y₁, …, yₖ] rows, x increasing)
// drawn as hairlines that deepen where they overlap: each pixel's opacity is 1 − (1 − alpha)^n for
// n curves through it. A small rasteriser of its own, column by column with vertical
// anti-aliasing: several times faster than forty QPainter polylines. `region` is the data
// rectangle shown: x from left() to right(), y from top() (the minimum, drawn at the image's
// bottom edge) to bottom() (the maximum, at row 0).
QImage renderCurveDensity(const concepts::Series &curves, const QRectF &region, QSize size, const QColor &colour,
                          double alpha);

} // namespace loopcraft
