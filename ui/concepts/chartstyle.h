#pragma once

#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QXYSeries;
QT_END_NAMESPACE

namespace loopcraft {

// Colours and pens for the Concepts charts in the palette in effect (light or dark), so axis
// text, grid lines and series stay legible in both; animations are always off.
class ChartStyle {
public:
    enum Role { Data, Truth, Fit, Test, Variance, Noise, Sum, Marker };

    static bool dark();
    static QColor background();
    static QColor text();
    static QColor grid();
    static QColor role(Role role);
    // Six distinct series colours (one per optimizer), legible on the chart background.
    static QColor series(int index);

    // Background, title, legend and every attached axis, for the current palette.
    static void apply(QChart *chart);
    static void prepare(QChartView *view);  // antialiasing, no rubber band, no frame
    static void setLine(QXYSeries *series, const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine);
};

} // namespace loopcraft
