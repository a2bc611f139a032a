#include "biasvarianceview.h"

#include "chartseries.h"
#include "chartstyle.h"
#include "concepts/biasvariancemodel.h"
#include "curvedensityimage.h"
#include "plotareaimage.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>
#include <cmath>

namespace loopcraft {

namespace {

constexpr double kFloor = 1e-5;

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

BiasVarianceView::BiasVarianceView(QWidget *parent)
    : ConceptView(std::make_unique<concepts::BiasVarianceModel>(), parent),
      m_fitChart(new QChart),
      m_curveChart(new QChart),
      m_fitsLegend(new QLineSeries),
      m_meanFit(new QLineSeries),
      m_truth(new QLineSeries),
      m_bias(new QLineSeries),
      m_variance(new QLineSeries),
      m_noise(new QLineSeries),
      m_total(new QLineSeries),
      m_expected(new QScatterSeries),
      m_marker(new QLineSeries),
      m_fitX(new QValueAxis),
      m_fitY(new QValueAxis),
      m_degreeAxis(new QValueAxis),
      m_errorAxis(new QLogValueAxis)
{
    m_fitChart->setTitle(tr("Fits on %1 training sets").arg(100));
    m_fitX->setRange(0, 1);
    m_fitX->setTickCount(6);
    m_fitX->setTitleText(tr("x"));
    m_fitX->setLabelFormat(QStringLiteral("%.1f"));
    m_fitY->setRange(-2, 2);
    m_fitY->setTitleText(tr("y"));
    m_fitY->setLabelFormat(QStringLiteral("%.1f"));
    m_fitChart->addAxis(m_fitX, Qt::AlignBottom);
    m_fitChart->addAxis(m_fitY, Qt::AlignLeft);
    m_fitsLegend->setName(tr("Fit to one set"));
    m_meanFit->setName(tr("Mean fit ȳ"));
    m_truth->setName(tr("True function f"));
    for (QLineSeries *series : {m_fitsLegend, m_truth, m_meanFit}) {
        m_fitChart->addSeries(series);
        series->attachAxis(m_fitX);
        series->attachAxis(m_fitY);
    }

    m_curveChart->setTitle(tr("Error decomposition by degree"));
    m_bias->setName(tr("Bias²"));
    m_variance->setName(tr("Variance"));
    m_noise->setName(tr("Noise σ²"));
    m_total->setName(tr("Sum"));
    m_expected->setName(tr("Test MSE"));
    m_expected->setMarkerSize(7);
    m_degreeAxis->setTitleText(tr("Polynomial degree"));
    m_degreeAxis->setLabelFormat(QStringLiteral("%d"));
    m_errorAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_errorAxis->setTitleText(tr("Error (log scale)"));
    m_curveChart->addAxis(m_degreeAxis, Qt::AlignBottom);
    m_curveChart->addAxis(m_errorAxis, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_bias), static_cast<QXYSeries *>(m_variance),
                              static_cast<QXYSeries *>(m_noise), static_cast<QXYSeries *>(m_total),
                              static_cast<QXYSeries *>(m_expected), static_cast<QXYSeries *>(m_marker)}) {
        m_curveChart->addSeries(series);
        series->attachAxis(m_degreeAxis);
        series->attachAxis(m_errorAxis);
    }
    m_curveChart->legend()->markers(m_marker).first()->setVisible(false);

    addChart(m_fitChart);
    addChart(m_curveChart);
    m_fitImage = new PlotAreaImage(m_fitChart, [this](QSize size) {
        const QRectF region(m_fitX->min(), m_fitY->min(), m_fitX->max() - m_fitX->min(), m_fitY->max() - m_fitY->min());
        return renderCurveDensity(m_fits, region, size, ChartStyle::role(ChartStyle::Data), ChartStyle::dark() ? 0.3 : 0.22);
    });
    restyle();
    recomputeNow();
}

QString BiasVarianceView::summary() const
{
    return tr("Each faint line is a fit to a different training set; their spread is the variance.");
}

QString BiasVarianceView::tips() const
{
    return tr("<b>Try this</b><ul style='margin-left:-20px'>"
              "<li>Degree 0 or 1: the fits agree with each other but not with the truth — bias.</li>"
              "<li>Degree 8: the mean still hugs the truth, but single fits swing — variance.</li>"
              "<li>Degree 8 with 100 samples: the swings calm down.</li>"
              "<li>Degree 12, then λ 0.1: variance drops from thousands to hundredths; bias creeps up.</li></ul>");
}

void BiasVarianceView::restyle()
{
    for (QChart *chart : {m_fitChart, m_curveChart})
        ChartStyle::apply(chart);
    m_fitChart->setBackgroundVisible(false);  // the faint fits are an image beneath the chart
    ChartStyle::setLine(m_fitsLegend, ChartStyle::role(ChartStyle::Data), 1);
    if (m_fitImage)
        m_fitImage->invalidate();
    ChartStyle::setLine(m_meanFit, ChartStyle::role(ChartStyle::Fit), 2.5);
    ChartStyle::setLine(m_truth, ChartStyle::role(ChartStyle::Truth), 2, Qt::DashLine);
    ChartStyle::setLine(m_bias, ChartStyle::role(ChartStyle::Data), 2);
    ChartStyle::setLine(m_variance, ChartStyle::role(ChartStyle::Variance), 2);
    ChartStyle::setLine(m_noise, ChartStyle::role(ChartStyle::Noise), 1.5, Qt::DashLine);
    ChartStyle::setLine(m_total, ChartStyle::role(ChartStyle::Sum), 2);
    m_expected->setColor(ChartStyle::role(ChartStyle::Test));
    m_expected->setBorderColor(ChartStyle::background());
    ChartStyle::setLine(m_marker, ChartStyle::role(ChartStyle::Marker), 1.5, Qt::DotLine);
}

void BiasVarianceView::present(const concepts::ConceptResult &result)
{
    const concepts::Series &fits = result.series.at("fits");
    m_fits = fits;
    m_fitImage->invalidate();
    replacePoints(m_meanFit, toPoints(result.series.at("mean_fit")));
    replacePoints(m_truth, toPoints(result.series.at("truth")));
    const int datasets = concepts::integerParam(result.params, "datasets");
    m_fitChart->setTitle(datasets > fits.columns - 1
                             ? tr("%1 of %2 fits, their mean and the truth").arg(fits.columns - 1).arg(datasets)
                             : tr("%1 fits, their mean and the truth").arg(datasets));

    const auto bias = toPoints(result.series.at("bias2"), 0, 1, kFloor);
    const auto variance = toPoints(result.series.at("variance"), 0, 1, kFloor);
    const auto noise = toPoints(result.series.at("noise"), 0, 1, kFloor);
    const auto total = toPoints(result.series.at("total"), 0, 1, kFloor);
    const auto expected = toPoints(result.series.at("expected_mse"), 0, 1, kFloor);
    replacePoints(m_bias, bias);
    replacePoints(m_variance, variance);
    replacePoints(m_noise, noise);
    replacePoints(m_total, total);
    replacePoints(m_expected, expected);
    double low = 1e300, high = 0;
    for (const auto &list : {bias, variance, noise, total, expected})
        for (const QPointF &p : list) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    // Capped at 1000× the best MSE: high degrees' variance explodes and would flatten the U-curve.
    high = std::min(high, 1000.0 * std::max(result.metrics.at("best_expected_mse"), kFloor));
    low = std::pow(10.0, std::floor(std::log10(low)));
    high = std::pow(10.0, std::ceil(std::log10(high)));
    if (high <= low)
        high = low * 10;
    m_errorAxis->setRange(low, high);
    const int maxDegree = int(bias.size()) - 1;
    m_degreeAxis->setRange(0, maxDegree);
    m_degreeAxis->setTickCount(maxDegree % 5 == 0 ? maxDegree / 5 + 1 : 6);
    const int degree = concepts::integerParam(result.params, "degree");
    replacePoints(m_marker, {QPointF(degree, low), QPointF(degree, high)});

    const double b = result.metrics.at("bias2"), v = result.metrics.at("variance"), n = result.metrics.at("noise");
    const double mse = result.metrics.at("expected_mse");
    const int best = int(result.metrics.at("best_degree"));
    const QString balance = mse <= 1.1 * result.metrics.at("best_expected_mse")
                                ? tr("This is the sweet spot: neither term can shrink without the other growing.")
                          : b > 2 * v ? tr("Bias dominates: a more flexible model would help.")
                          : v > 2 * b ? tr("Variance dominates: fewer degrees, more samples or a larger λ would help.")
                                      : tr("Bias and variance are in balance.");
    setExplanation(tr("At degree %1: bias² %2 + variance %3 + noise %4 = %5; the measured test MSE over %6 sets is %7 "
                      "(the identity holds up to sampling error). The lowest MSE is at degree %8. %9")
                       .arg(degree)
                       .arg(number(b), number(v), number(n), number(b + v + n))
                       .arg(datasets)
                       .arg(number(mse))
                       .arg(best)
                       .arg(balance));
}

} // namespace loopcraft
