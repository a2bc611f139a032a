#include "heatmapimage.h"

#include "concepts/heatmapgrid.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace loopcraft {

namespace {

// Viridis, a perceptually even ramp that reads in greyscale and for colour-blind users.
QRgb ramp(double t, const QColor &background, double soften)
{
    static const QColor stops[] = {QColor(0x44, 0x01, 0x54), QColor(0x3b, 0x52, 0x8b), QColor(0x21, 0x91, 0x8c),
                                   QColor(0x5e, 0xc9, 0x62), QColor(0xfd, 0xe7, 0x25)};
    t = std::clamp(t, 0.0, 1.0) * 4.0;
    const int i = std::min(3, int(t));
    const double f = t - i;
    auto mix = [](double a, double b, double w) { return a + (b - a) * w; };
    const double r = mix(stops[i].redF(), stops[i + 1].redF(), f);
    const double g = mix(stops[i].greenF(), stops[i + 1].greenF(), f);
    const double b = mix(stops[i].blueF(), stops[i + 1].blueF(), f);
    return qRgb(int(255 * mix(r, background.redF(), soften)), int(255 * mix(g, background.greenF(), soften)),
                int(255 * mix(b, background.blueF(), soften)));
}

} // namespace

QImage renderHeatmap(const concepts::Surface &surface, const concepts::Surface::Domain &domain, QSize size, bool dark)
{
    const int width = std::max(2, size.width()), height = std::max(2, size.height());
    // Sampled at up to 300×300 and scaled: smooth surfaces need no more, and resizing stays cheap.
    const int columns = std::min(width, 300), rows = std::min(height, 300);
    const auto grid = concepts::HeatmapGrid::sample(surface, domain, columns, rows);
    const QColor background = dark ? QColor(0x1a, 0x1b, 0x1e) : Qt::white;
    const double soften = dark ? 0.35 : 0.45;
    const double span = grid.maximum - grid.minimum;
    const double low = std::log(std::max(span, 1e-300) * 1e-4), high = std::log(std::max(span, 1e-300));
    // A 256-entry lookup table: the ramp is the costly part otherwise.
    QRgb table[256];
    for (int i = 0; i < 256; ++i)
        table[i] = ramp(i / 255.0, background, soften);
    QImage small(columns, rows, QImage::Format_RGB32);
    for (int row = 0; row < rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(small.scanLine(row));
        for (int column = 0; column < columns; ++column) {
            const double excess = std::max(grid.at(column, row) - grid.minimum, span * 1e-4);
            const double t = span > 0 ? (std::log(excess) - low) / (high - low) : 0.0;
            line[column] = table[std::clamp(int(t * 255.0 + 0.5), 0, 255)];
        }
    }
    QImage image = columns == width && rows == height
                       ? small
                       : small.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(dark ? QColor(255, 255, 255, 70) : QColor(0, 0, 0, 60), 1));
    const double sx = double(width) / columns, sy = double(height) / rows;
    QList<QLineF> lines;
    for (double level : grid.contourLevels(12))
        for (const auto &segment : grid.contour(level))
            lines.append(QLineF((segment.x1 + 0.5) * sx, (segment.y1 + 0.5) * sy, (segment.x2 + 0.5) * sx,
                                (segment.y2 + 0.5) * sy));
    painter.drawLines(lines);
    return image;
}

} // namespace loopcraft
