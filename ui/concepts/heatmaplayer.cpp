#include "heatmaplayer.h"

#include "concepts/heatmapgrid.h"

#include <QChart>
#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QPainter>
#include <QPixmap>
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

HeatmapLayer::HeatmapLayer(QChart *chart) : QObject(chart), m_chart(chart), m_item(new QGraphicsPixmapItem)
{
    m_item->setZValue(-1);  // below the chart (whose own background is hidden), above the view's
    m_item->setTransformationMode(Qt::SmoothTransformation);
    if (chart->scene())
        chart->scene()->addItem(m_item);
    connect(chart, &QChart::plotAreaChanged, this, &HeatmapLayer::place);
}

void HeatmapLayer::setSurface(const concepts::Surface &surface, const concepts::Surface::Domain &domain)
{
    m_surface = surface;
    m_domain = domain;
    m_valid = true;
    place();
}

void HeatmapLayer::setDark(bool dark)
{
    m_dark = dark;
    place();
}

QImage HeatmapLayer::render(const concepts::Surface &surface, const concepts::Surface::Domain &domain, QSize size,
                            bool dark)
{
    const int width = std::max(2, size.width()), height = std::max(2, size.height());
    // Sampled at up to 300×300 and scaled: smooth surfaces need no more, and dragging stays cheap.
    const int columns = std::min(width, 300), rows = std::min(height, 300);
    const auto grid = concepts::HeatmapGrid::sample(surface, domain, columns, rows);
    const QColor background = dark ? QColor(0x1a, 0x1b, 0x1e) : Qt::white;
    const double soften = dark ? 0.35 : 0.45;
    const double span = grid.maximum - grid.minimum;
    const double low = std::log(std::max(span, 1e-300) * 1e-4), high = std::log(std::max(span, 1e-300));
    QImage small(columns, rows, QImage::Format_RGB32);
    for (int row = 0; row < rows; ++row) {
        auto *line = reinterpret_cast<QRgb *>(small.scanLine(row));
        for (int column = 0; column < columns; ++column) {
            const double excess = std::max(grid.at(column, row) - grid.minimum, span * 1e-4);
            line[column] = ramp(span > 0 ? (std::log(excess) - low) / (high - low) : 0.0, background, soften);
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
    for (double level : grid.contourLevels(12)) {
        for (const auto &segment : grid.contour(level))
            lines.append(QLineF((segment.x1 + 0.5) * sx, (segment.y1 + 0.5) * sy, (segment.x2 + 0.5) * sx,
                                (segment.y2 + 0.5) * sy));
    }
    painter.drawLines(lines);
    return image;
}

void HeatmapLayer::place()
{
    if (!m_item->scene() && m_chart->scene())
        m_chart->scene()->addItem(m_item);
    const QRectF area = m_chart->plotArea();
    if (!m_valid || area.width() < 2 || area.height() < 2) {
        m_item->setVisible(false);
        return;
    }
    const QSize size = area.size().toSize();
    const QString key = QStringLiteral("%1|%2|%3,%4,%5,%6|%7x%8|%9")
                            .arg(QString::fromStdString(m_surface.id()))
                            .arg(m_surface.condition())
                            .arg(m_domain.xMin).arg(m_domain.xMax).arg(m_domain.yMin).arg(m_domain.yMax)
                            .arg(size.width()).arg(size.height())
                            .arg(m_dark);
    if (key != m_key) {
        m_key = key;
        m_image = render(m_surface, m_domain, size, m_dark);
        m_item->setPixmap(QPixmap::fromImage(m_image));
    }
    m_item->setPos(m_chart->mapToScene(area.topLeft()));
    m_item->setVisible(true);
}

} // namespace loopcraft
