#include "mapchartview.h"

#include <QMouseEvent>

namespace loopcraft {

void MapChartView::mousePressEvent(QMouseEvent *event)
{
    const QPointF scenePoint = mapToScene(event->position().toPoint());
    const QPointF chartPoint = chart()->mapFromScene(scenePoint);
    if (event->button() == Qt::LeftButton && chart()->plotArea().contains(chartPoint)) {
        emit pointClicked(chart()->mapToValue(chartPoint));
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event);
}

} // namespace loopcraft
