#include "overfittingview.h"

#include "chartseries.h"
#include "chartstyle.h"
#include "concepts/overfittingmodel.h"
#include "parameterpanel.h"

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

constexpr double kErrorFloor = 1e-6;

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

} // namespace

OverfittingView::OverfittingView(QWidget *parent)
    : ConceptView(std::make_unique<concepts::OverfittingModel>(), parent),
      m_dataChart(new QChart),
      m_errorChart(new QChart),
      m_points(new QScatterSeries),
      m_truth(new QLineSeries),
      m_fit(new QLineSeries),
      m_trainError(new QLineSeries),
      m_testError(new QLineSeries),
      m_marker(new QLineSeries),
      m_markerPoints(new QScatterSeries),
      m_dataX(new QValueAxis),
      m_dataY(new QValueAxis),
      m_degreeAxis(new QValueAxis),
      m_errorAxis(new QLogValueAxis)
{
    m_points->setName(tr("Training points"));
    m_points->setMarkerSize(7);
    m_truth->setName(tr("True function"));
    m_fit->setName(tr("Fit"));
    m_dataChart->setTitle(tr("Data and fit"));
    m_dataChart->addSeries(m_truth);
    m_dataChart->addSeries(m_fit);
    m_dataChart->addSeries(m_points);
    m_dataX->setRange(0, 1);
    m_dataX->setTickCount(6);  // 0.2 steps: "%.1f" labels are then exact
    m_dataX->setTitleText(tr("x"));
    m_dataX->setLabelFormat(QStringLiteral("%.1f"));
    m_dataY->setRange(-2, 2);
    m_dataY->setTitleText(tr("y"));
    m_dataY->setLabelFormat(QStringLiteral("%.1f"));
    m_dataChart->addAxis(m_dataX, Qt::AlignBottom);
    m_dataChart->addAxis(m_dataY, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_points), static_cast<QXYSeries *>(m_truth),
                              static_cast<QXYSeries *>(m_fit)}) {
        series->attachAxis(m_dataX);
        series->attachAxis(m_dataY);
    }

    m_trainError->setName(tr("Training error"));
    m_testError->setName(tr("Test error"));
    m_marker->setName(tr("Current degree"));
    m_errorChart->setTitle(tr("Mean squared error by degree"));
    m_errorChart->addSeries(m_trainError);
    m_errorChart->addSeries(m_testError);
    m_errorChart->addSeries(m_marker);
    m_errorChart->addSeries(m_markerPoints);
    m_degreeAxis->setRange(0, concepts::OverfittingModel::kMaxDegree);
    m_degreeAxis->setTickCount(6);
    m_degreeAxis->setLabelFormat(QStringLiteral("%d"));
    m_degreeAxis->setTitleText(tr("Polynomial degree"));
    m_errorAxis->setBase(10);
    m_errorAxis->setLabelFormat(QStringLiteral("%.0e"));
    m_errorAxis->setTitleText(tr("MSE (log scale)"));
    m_errorChart->addAxis(m_degreeAxis, Qt::AlignBottom);
    m_errorChart->addAxis(m_errorAxis, Qt::AlignLeft);
    for (QXYSeries *series : {static_cast<QXYSeries *>(m_trainError), static_cast<QXYSeries *>(m_testError),
                              static_cast<QXYSeries *>(m_marker), static_cast<QXYSeries *>(m_markerPoints)}) {
        series->attachAxis(m_degreeAxis);
        series->attachAxis(m_errorAxis);
    }
    m_markerPoints->setMarkerSize(9);
    m_errorChart->legend()->markers(m_markerPoints).first()->setVisible(false);

    addChart(m_dataChart);
    addChart(m_errorChart);
    restyle();
    recomputeNow();
}

QString OverfittingView::summary() const
{
    return tr("Raise the degree and watch the test error turn up while the training error keeps falling.");
}

QString OverfittingView::tips() const
{
    return tr("<b>Try this</b><ul style='margin-left:-20px'>"
              "<li>Degree 15 with 15 samples: the fit threads every point, the test error soars.</li>"
              "<li>Keep degree 15 and raise λ: the wiggles flatten, test error falls back.</li>"
              "<li>Keep degree 15 and add samples: more data tames the same model.</li>"
              "<li>Noise 0: now even degree 15 generalises.</li></ul>");
}

void OverfittingView::restyle()
{
    for (QChart *chart : {m_dataChart, m_errorChart})
        ChartStyle::apply(chart);
    m_points->setColor(ChartStyle::role(ChartStyle::Data));
    m_points->setBorderColor(ChartStyle::background());
    ChartStyle::setLine(m_truth, ChartStyle::role(ChartStyle::Truth), 1.5, Qt::DashLine);
    ChartStyle::setLine(m_fit, ChartStyle::role(ChartStyle::Fit), 2.5);
    ChartStyle::setLine(m_trainError, ChartStyle::role(ChartStyle::Data), 2);
    ChartStyle::setLine(m_testError, ChartStyle::role(ChartStyle::Test), 2);
    ChartStyle::setLine(m_marker, ChartStyle::role(ChartStyle::Marker), 1.5, Qt::DotLine);
    m_markerPoints->setColor(ChartStyle::role(ChartStyle::Marker));
    m_markerPoints->setBorderColor(ChartStyle::background());
}

void OverfittingView::present(const concepts::ConceptResult &result)
{
    replacePoints(m_points, toPoints(result.series.at("train")));
    replacePoints(m_truth, toPoints(result.series.at("truth")));
    replacePoints(m_fit, toPoints(result.series.at("fit")));
    const auto train = toPoints(result.series.at("train_error"), 0, 1, kErrorFloor);
    const auto test = toPoints(result.series.at("test_error"), 0, 1, kErrorFloor);
    replacePoints(m_trainError, train);
    replacePoints(m_testError, test);

    double low = 1e300, high = 0;
    for (const auto &list : {train, test})
        for (const QPointF &p : list) {
            low = std::min(low, p.y());
            high = std::max(high, p.y());
        }
    // Whole decades, so the log axis labels are round numbers; capped at 1000× the best test error,
    // so an exploding degree-20 fit does not squash the U-shape into a corner.
    high = std::min(high, 1000.0 * std::max(result.metrics.at("best_test_mse"), kErrorFloor));
    low = std::pow(10.0, std::floor(std::log10(low)));
    high = std::pow(10.0, std::ceil(std::log10(high)));
    if (high <= low)
        high = low * 10;
    m_errorAxis->setRange(low, high);
    const int degree = concepts::integerParam(result.params, "degree");
    replacePoints(m_marker, {QPointF(degree, low), QPointF(degree, high)});
    replacePoints(m_markerPoints, {train.value(degree), test.value(degree)});
    m_fit->setName(tr("Fit (degree %1)").arg(degree));

    const double trainMse = result.metrics.at("train_mse");
    const double testMse = result.metrics.at("test_mse");
    const int best = int(result.metrics.at("best_degree"));
    const double bestMse = result.metrics.at("best_test_mse");
    const double ratio = result.metrics.at("test_to_best_ratio");
    const std::string verdict = result.notes.at("verdict");
    QString text;
    if (verdict == "underfitted")
        text = tr("<b>Underfitted.</b> Degree %1 is too simple to follow the curve: its test error %2 is %3× the best "
                  "(%4 at degree %5), and even its training error is %6 — bias dominates.")
                   .arg(degree).arg(number(testMse), number(ratio), number(bestMse)).arg(best).arg(number(trainMse));
    else if (verdict == "overfitted")
        text = tr("<b>Overfitted.</b> Degree %1 follows the noise: training error %2 but test error %3, %4× the best "
                  "(%5 at degree %6). More samples or a larger λ pull it back.")
                   .arg(degree).arg(number(trainMse), number(testMse), number(ratio), number(bestMse)).arg(best);
    else if (degree == best)
        text = tr("<b>Well fitted.</b> Degree %1 has the lowest test error, %2, with training error %3. The noise floor "
                  "σ² is %4: no model can beat it on fresh data.")
                   .arg(degree).arg(number(testMse), number(trainMse), number(result.metrics.at("noise_variance")));
    else
        text = tr("<b>Well fitted.</b> Degree %1 has test error %2, within %3 % of the best (%4 at degree %5); training "
                  "error %6. The noise floor σ² is %7: no model can beat it on fresh data.")
                   .arg(degree).arg(number(testMse)).arg(std::max(0.0, (ratio - 1) * 100), 0, 'f', 0)
                   .arg(number(bestMse)).arg(best).arg(number(trainMse), number(result.metrics.at("noise_variance")));
    setExplanation(text);
}

} // namespace loopcraft
