#pragma once

#include <QChartView>

namespace loopcraft {

// A chart view that reports clicks inside the plot area in data coordinates (to set the start
// point of the gradient-descent walk).
class MapChartView : public QChartView {
    Q_OBJECT
public:
    using QChartView::QChartView;

signals:
    void pointClicked(const QPointF &value);

protected:
    void mousePressEvent(QMouseEvent *event) override;
};

} // namespace loopcraft
