#pragma once

#include "concepts/surface.h"

#include <vector>

namespace loopcraft::concepts {

// A surface sampled on a W×H grid of pixel centres, row 0 at the top (y = yMax), for the heatmap
// behind the gradient-descent chart; plus marching-squares contour segments on that grid.
struct HeatmapGrid {
    struct Segment {
        double x1, y1, x2, y2;  // in grid coordinates: column, row (0..W−1, 0..H−1)
    };

    int width = 0;
    int height = 0;
    Surface::Domain domain{};
    std::vector<double> values;  // row-major
    double minimum = 0.0;
    double maximum = 0.0;

    static HeatmapGrid sample(const Surface &surface, const Surface::Domain &domain, int width, int height);
    double at(int column, int row) const { return values[std::size_t(row) * std::size_t(width) + std::size_t(column)]; }
    std::vector<Segment> contour(double level) const;
    // Levels spaced evenly in log(value − minimum), where loss landscapes show their structure.
    std::vector<double> contourLevels(int count) const;
};

} // namespace loopcraft::concepts
