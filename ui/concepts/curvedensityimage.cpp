#include "curvedensityimage.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace loopcraft {

QImage renderCurveDensity(const concepts::Series &curves, const QRectF &region, QSize size, const QColor &colour,
                          double alpha)
{
    const int width = std::max(1, size.width()), height = std::max(1, size.height());
    QImage image(width, height, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    const std::size_t rows = curves.rows();
    if (rows < 2 || curves.columns < 2 || region.width() <= 0 || region.height() <= 0)
        return image;

    std::vector<float> ink(std::size_t(width) * std::size_t(height), 0.0f);
    const double toPixelX = width / region.width();
    const double toPixelY = height / region.height();
    // The curves' x in pixels, shared by every curve.
    std::vector<double> px(rows);
    for (std::size_t r = 0; r < rows; ++r)
        px[r] = (curves.at(r, 0) - region.left()) * toPixelX;
    const int firstColumn = std::max(0, int(std::ceil(px.front() - 0.5)));
    const int lastColumn = std::min(width - 1, int(std::floor(px.back() - 0.5)));
    std::vector<double> yAt(std::size_t(std::max(0, lastColumn - firstColumn + 1)));

    auto deposit = [&](int column, double top, double bottom) {
        // Ink for the vertical span [top, bottom] in this column; a span under a pixel tall is
        // spread over the two rows it straddles (vertical anti-aliasing).
        if (bottom - top < 1.0) {
            const double centre = 0.5 * (top + bottom) - 0.5;
            const int row = int(std::floor(centre));
            const float below = float(centre - row);
            if (row >= 0 && row < height)
                ink[std::size_t(row) * std::size_t(width) + std::size_t(column)] += 1.0f - below;
            if (row + 1 >= 0 && row + 1 < height)
                ink[std::size_t(row + 1) * std::size_t(width) + std::size_t(column)] += below;
            return;
        }
        const int from = std::max(0, int(std::floor(top))), to = std::min(height - 1, int(std::floor(bottom)));
        // Thinned by the span's length so steep stretches are not darker than flat ones.
        const float share = float(std::min(1.0, 1.5 / (bottom - top)));
        for (int row = from; row <= to; ++row)
            ink[std::size_t(row) * std::size_t(width) + std::size_t(column)] += share;
    };

    for (int curve = 1; curve < curves.columns; ++curve) {
        // Sample the polyline at every pixel column's centre.
        std::size_t segment = 0;
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const double x = column + 0.5;
            while (segment + 2 < rows && px[segment + 1] < x)
                ++segment;
            const double t = (x - px[segment]) / (px[segment + 1] - px[segment]);
            const double y0 = curves.at(segment, curve), y1 = curves.at(segment + 1, curve);
            yAt[std::size_t(column - firstColumn)] = (region.bottom() - (y0 + (y1 - y0) * t)) * toPixelY;
        }
        for (int column = firstColumn; column <= lastColumn; ++column) {
            const std::size_t i = std::size_t(column - firstColumn);
            const double y = yAt[i];
            if (!std::isfinite(y))
                continue;
            // The span reaches halfway to each neighbour, so consecutive columns join up.
            const double left = i > 0 && std::isfinite(yAt[i - 1]) ? 0.5 * (y + yAt[i - 1]) : y;
            const double right = i + 1 < yAt.size() && std::isfinite(yAt[i + 1]) ? 0.5 * (y + yAt[i + 1]) : y;
            const double top = std::min({y, left, right}), bottom = std::max({y, left, right});
            if (bottom < -1.0 || top > height + 1.0)
                continue;
            deposit(column, std::max(top, -1.0), std::min(bottom, height + 1.0));
        }
    }

    const double logKeep = std::log(1.0 - std::clamp(alpha, 0.0, 0.999));
    for (int row = 0; row < height; ++row) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(row));
        const float *source = ink.data() + std::size_t(row) * std::size_t(width);
        for (int column = 0; column < width; ++column) {
            if (source[column] <= 0.0f)
                continue;
            const double a = 1.0 - std::exp(logKeep * source[column]);
            line[column] = qRgba(int(colour.red() * a), int(colour.green() * a), int(colour.blue() * a), int(255 * a));
        }
    }
    return image;
}

} // namespace loopcraft
