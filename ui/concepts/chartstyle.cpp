#include "chartstyle.h"

#include "theme.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QPalette>
#include <QPen>
#include <QXYSeries>

namespace loopcraft {

bool ChartStyle::dark()
{
    return Theme::isDark();
}

QColor ChartStyle::background()
{
    return QApplication::palette().color(QPalette::Base);
}

QColor ChartStyle::text()
{
    return QApplication::palette().color(QPalette::Text);
}

QColor ChartStyle::grid()
{
    return dark() ? QColor(0x3c, 0x40, 0x47) : QColor(0xdd, 0xe0, 0xe4);
}

QColor ChartStyle::role(Role role)
{
    const bool d = dark();
    switch (role) {
    case Data: return d ? QColor(0x9a, 0xc8, 0xff) : QColor(0x1f, 0x5f, 0xb4);
    case Truth: return d ? QColor(0xb8, 0xbc, 0xc4) : QColor(0x55, 0x5b, 0x66);
    case Fit: return d ? QColor(0xff, 0x9e, 0x4a) : QColor(0xd4, 0x5a, 0x00);
    case Test: return d ? QColor(0xff, 0x7b, 0x8a) : QColor(0xc6, 0x28, 0x3c);
    case Variance: return d ? QColor(0x6e, 0xe0, 0xb0) : QColor(0x12, 0x8a, 0x5c);
    case Noise: return d ? QColor(0xc3, 0xa6, 0xff) : QColor(0x6a, 0x4c, 0xb8);
    case Sum: return d ? QColor(0xf2, 0xf2, 0xef) : QColor(0x1f, 0x23, 0x28);
    case Marker: return d ? QColor(0xff, 0xd8, 0x5e) : QColor(0x9a, 0x6a, 0x00);
    }
    return text();
}

QColor ChartStyle::series(int index)
{
    static const QColor light[] = {QColor(0xc6, 0x28, 0x3c), QColor(0x1f, 0x5f, 0xb4), QColor(0x12, 0x8a, 0x5c),
                                   QColor(0xd4, 0x5a, 0x00), QColor(0x7a, 0x3d, 0xb8), QColor(0x1f, 0x23, 0x28)};
    static const QColor darkColours[] = {QColor(0xff, 0x6b, 0x7d), QColor(0x7a, 0xb4, 0xff), QColor(0x5f, 0xe0, 0xa8),
                                         QColor(0xff, 0xa5, 0x4f), QColor(0xcf, 0x9b, 0xff), QColor(0xf2, 0xf2, 0xef)};
    const int i = ((index % 6) + 6) % 6;
    return dark() ? darkColours[i] : light[i];
}

void ChartStyle::apply(QChart *chart)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(background());
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(text());
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(text());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(text());
        axis->setTitleBrush(text());
        axis->setLinePenColor(grid().darker(dark() ? 70 : 130));
        axis->setGridLineColor(grid());
        axis->setMinorGridLineColor(grid());
        QFont font = QApplication::font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        axis->setLabelsFont(font);
        axis->setTitleFont(font);
    }
}

void ChartStyle::prepare(QChartView *view)
{
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::NoRubberBand);
    view->setFrameShape(QFrame::NoFrame);
    view->setMinimumSize(260, 220);
    view->setBackgroundBrush(background());  // no band of window colour around the chart
}

void ChartStyle::setLine(QXYSeries *series, const QColor &colour, qreal width, Qt::PenStyle style)
{
    // Cosmetic pens take the fast hairline stroker, but their width is in device pixels: scale it
    // by the screen's ratio so lines keep their weight at 200 %.
    QPen pen(colour, width * qApp->devicePixelRatio(), style);
    pen.setCosmetic(true);
    series->setPen(pen);
}

} // namespace loopcraft
