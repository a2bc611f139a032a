#pragma once

#include "concepts/surface.h"

#include <QImage>

namespace loopcraft {

// A surface as a picture: a log-scaled viridis ramp softened toward the chart background (so the
// paths drawn over it stay legible in both palettes) with twelve contour lines. Row 0 is the top.
QImage renderHeatmap(const concepts::Surface &surface, const concepts::Surface::Domain &domain, QSize size, bool dark);

} // namespace loopcraft
