#include "plotareaimage.h"

#include <QChart>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QGraphicsScene>
#include <QPainter>

namespace loopcraft {

// Paints the QImage as it is: a QGraphicsPixmapItem would convert it to a pixmap on every change,
// which on a busy machine cost more than drawing the curves.
class PlotAreaImage::Item : public QGraphicsItem {
public:
    void setImage(const QImage &image)
    {
        prepareGeometryChange();
        m_image = image;
        update();
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_image.deviceIndependentSize()); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        painter->drawImage(QPointF(0, 0), m_image);
    }

private:
    QImage m_image;
};

PlotAreaImage::PlotAreaImage(QChart *chart, Renderer renderer)
    : QObject(chart), m_chart(chart), m_renderer(std::move(renderer)), m_item(new Item)
{
    m_item->setZValue(-1);  // below the chart and its series, above the view's background
    m_item->setVisible(false);
    if (chart->scene())
        chart->scene()->addItem(m_item);
    connect(chart, &QChart::plotAreaChanged, this, &PlotAreaImage::place);
}

void PlotAreaImage::invalidate()
{
    m_dirty = true;
    place();
}

void PlotAreaImage::place()
{
    if (!m_item->scene() && m_chart->scene())
        m_chart->scene()->addItem(m_item);
    const QRectF area = m_chart->plotArea();
    if (area.width() < 2 || area.height() < 2) {
        m_item->setVisible(false);
        return;
    }
    // Rendered in device pixels, so the heatmap stays crisp at 200 %.
    const qreal ratio = qApp->devicePixelRatio();
    const QSize size = (area.size() * ratio).toSize();
    if (m_dirty || m_image.size() != size) {
        m_image = m_renderer(size);
        m_image.setDevicePixelRatio(ratio);
        m_item->setImage(m_image);
        m_dirty = false;
    }
    m_item->setPos(m_chart->mapToScene(area.topLeft()));
    m_item->setVisible(!m_image.isNull());
}

} // namespace loopcraft
