#include "concepts/heatmapgrid.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loopcraft::concepts {

HeatmapGrid HeatmapGrid::sample(const Surface &surface, const Surface::Domain &domain, int width, int height)
{
    HeatmapGrid grid;
    grid.width = std::max(1, width);
    grid.height = std::max(1, height);
    grid.domain = domain;
    grid.values.resize(std::size_t(grid.width) * std::size_t(grid.height));
    const double dx = (domain.xMax - domain.xMin) / grid.width;
    const double dy = (domain.yMax - domain.yMin) / grid.height;
    double lowest = std::numeric_limits<double>::infinity();
    double highest = -lowest;
    std::size_t index = 0;
    for (int row = 0; row < grid.height; ++row) {
        const double y = domain.yMax - (row + 0.5) * dy;
        for (int column = 0; column < grid.width; ++column) {
            const double value = surface.value(domain.xMin + (column + 0.5) * dx, y);
            grid.values[index++] = value;
            lowest = std::min(lowest, value);
            highest = std::max(highest, value);
        }
    }
    grid.minimum = lowest;
    grid.maximum = highest;
    return grid;
}

std::vector<double> HeatmapGrid::contourLevels(int count) const
{
    std::vector<double> levels;
    const double span = maximum - minimum;
    if (count <= 0 || !(span > 0.0))
        return levels;
    // From 1e-4 of the range up to the top, geometric: the valleys get as many lines as the walls.
    const double low = std::log(span * 1e-4);
    const double high = std::log(span);
    for (int i = 0; i < count; ++i)
        levels.push_back(minimum + std::exp(low + (high - low) * (i + 0.5) / count));
    return levels;
}

std::vector<HeatmapGrid::Segment> HeatmapGrid::contour(double level) const
{
    std::vector<Segment> segments;
    auto crossing = [level](double a, double b) {
        const double t = (level - a) / (b - a);
        return std::clamp(t, 0.0, 1.0);
    };
    for (int row = 0; row + 1 < height; ++row) {
        for (int column = 0; column + 1 < width; ++column) {
            // Corners clockwise from the top left; bit set when above the level.
            const double v0 = at(column, row), v1 = at(column + 1, row);
            const double v2 = at(column + 1, row + 1), v3 = at(column, row + 1);
            const int code = (v0 > level ? 1 : 0) | (v1 > level ? 2 : 0) | (v2 > level ? 4 : 0) | (v3 > level ? 8 : 0);
            if (code == 0 || code == 15)
                continue;
            const double c = column, r = row;
            // Edge points: top, right, bottom, left.
            const double top[2] = {c + crossing(v0, v1), r};
            const double right[2] = {c + 1, r + crossing(v1, v2)};
            const double bottom[2] = {c + crossing(v3, v2), r + 1};
            const double left[2] = {c, r + crossing(v0, v3)};
            auto add = [&segments](const double *a, const double *b) { segments.push_back({a[0], a[1], b[0], b[1]}); };
            switch (code) {
            case 1: case 14: add(left, top); break;
            case 2: case 13: add(top, right); break;
            case 3: case 12: add(left, right); break;
            case 4: case 11: add(right, bottom); break;
            case 6: case 9: add(top, bottom); break;
            case 7: case 8: add(left, bottom); break;
            case 5: add(left, top); add(right, bottom); break;   // saddle cells: either pairing is a
            case 10: add(top, right); add(bottom, left); break;  // valid contour at this resolution
            default: break;
            }
        }
    }
    return segments;
}

} // namespace loopcraft::concepts
