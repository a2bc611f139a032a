#pragma once

#include "concepts/surface.h"

#include <QImage>
#include <QObject>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsPixmapItem;
QT_END_NAMESPACE

namespace loopcraft {

// A surface drawn as a heatmap with contour lines, as an image behind a chart's plot area
// (Qt Charts has no heatmap series). The image follows the plot area as it moves or resizes
// and is rebuilt only when the surface, region, size or palette changes.
class HeatmapLayer : public QObject {
    Q_OBJECT
public:
    explicit HeatmapLayer(QChart *chart);

    void setSurface(const concepts::Surface &surface, const concepts::Surface::Domain &domain);
    void setDark(bool dark);
    const QImage &image() const { return m_image; }

    // The image for a surface over a region at a pixel size: a log-scaled colour ramp softened
    // toward the background so paths stay visible, and contour lines. Public for the benchmark.
    static QImage render(const concepts::Surface &surface, const concepts::Surface::Domain &domain, QSize size,
                         bool dark);

private:
    void place();

    QChart *m_chart;
    QGraphicsPixmapItem *m_item;
    concepts::Surface m_surface;
    concepts::Surface::Domain m_domain{};
    bool m_dark = false;
    bool m_valid = false;
    QImage m_image;
    QString m_key;
};

} // namespace loopcraft
