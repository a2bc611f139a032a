#pragma once

#include <QImage>
#include <QObject>
#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace loopcraft {

// An image drawn behind a chart's plot area, for what Qt Charts has no series for (a heatmap) or
// draws too slowly (forty translucent curves). It follows the plot area as it moves or resizes and
// is re-rendered only when the plot size changes or the owner invalidates it. The chart's own
// background must be hidden (the view paints the background instead).
class PlotAreaImage : public QObject {
    Q_OBJECT
public:
    using Renderer = std::function<QImage(QSize)>;

    PlotAreaImage(QChart *chart, Renderer renderer);

    void invalidate();  // re-render now (if the plot area is laid out)
    const QImage &image() const { return m_image; }  // in device pixels

private:
    void place();

    QChart *m_chart;
    Renderer m_renderer;
    class Item;
    Item *m_item;
    QImage m_image;
    bool m_dirty = true;
};

} // namespace loopcraft
