#include "gradientdescentview.h"

#include "chartseries.h"
#include "chartstyle.h"
#include "concepts/gradientdescentmodel.h"
#include "heatmapimage.h"
#include "mapchartview.h"
#include "parameterpanel.h"
#include "plotareaimage.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPushButton>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <cmath>

namespace loopcraft {

using concepts::OptimizerKind;

namespace {

constexpr int kOptimizers = 6;
constexpr int kMaxDrawnPoints = 1500;  // per series: keeps painting inside a frame at 5000 steps
constexpr double kLossFloor = 1e-12;

QString number(double value)
{
    return QString::number(value, 'g', 3);
}

QString optimizerName(OptimizerKind kind)
{
    return ParameterPanel::choiceLabel(QStringLiteral("optimizer"), QString::fromStdString(concepts::optimizerId(kind)));
}

// Every k-th point plus the last, so long runs draw quickly and still end where they end.
QList<QPointF> thin(const QList<QPointF> &points, int upTo)
{
    const int count = std::min<int>(upTo, int(points.size()));
    const int stride = std::max(1, (count + kMaxDrawnPoints - 1) / kMaxDrawnPoints);
    if (stride == 1)
        return points.mid(0, count);
    QList<QPointF> thinned;
    thinned.reserve(count / stride + 2);
    for (int i = 0; i < count; i += stride)
        thinned.append(points[i]);
    if (count > 0 && (count - 1) % stride != 0)
        thinned.append(points[count - 1]);
    return thinned;
}

} // namespace

GradientDescentView::GradientDescentView(QWidget *parent)
    : ConceptView(std::make_unique<concepts::GradientDescentModel>(), parent),
      m_mapChart(new QChart),
      m_lossChart(new QChart),
      m_start(new QScatterSeries),
      m_ends(new QScatterSeries),
      m_mapX(new QValueAxis),
      m_mapY(new QValueAxis),
      m_stepAxis(new QValueAxis),
      m_logLoss(new QLogValueAxis),
      m_linearLoss(new QValueAxis),
      m_compareBox(new QCheckBox(tr("Compare optimi&zers"), this)),
      m_playButton(new QPushButton(tr("&Play path"), this))
{
    m_mapChart->setTitle(tr("Surface and path (click to set the start)"));
    m_mapX->setTitleText(tr("x"));
    m_mapY->setTitleText(tr("y"));
    // Ticks land on quarters of the region (−2.25 on Beale's): three significant digits show them.
    m_mapX->setLabelFormat(QStringLiteral("%.3g"));
    m_mapY->setLabelFormat(QStringLiteral("%.3g"));
    m_mapChart->addAxis(m_mapX, Qt::AlignBottom);
    m_mapChart->addAxis(m_mapY, Qt::AlignLeft);
    m_lossChart->setTitle(tr("Loss by iteration"));
    m_stepAxis->setTitleText(tr("Iteration"));
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_logLoss->setTitleText(tr("Loss above the minimum (log scale)"));
    m_logLoss->setLabelFormat(QStringLiteral("%.0e"));
    m_linearLoss->setTitleText(tr("Loss"));
    m_linearLoss->setLabelFormat(QStringLiteral("%.2g"));
    m_lossChart->addAxis(m_stepAxis, Qt::AlignBottom);
    m_lossChart->addAxis(m_logLoss, Qt::AlignLeft);

    for (int i = 0; i < kOptimizers; ++i) {
        auto *path = new QLineSeries;
        path->setName(optimizerName(OptimizerKind(i)));
        m_mapChart->addSeries(path);
        path->attachAxis(m_mapX);
        path->attachAxis(m_mapY);
        m_paths << path;
        auto *loss = new QLineSeries;
        loss->setName(path->name());
        m_lossChart->addSeries(loss);
        loss->attachAxis(m_stepAxis);
        loss->attachAxis(m_logLoss);
        m_losses << loss;
    }
    m_start->setName(tr("Start"));
    m_start->setMarkerSize(11);
    m_ends->setMarkerSize(8);
    for (QScatterSeries *series : {m_start, m_ends}) {
        m_mapChart->addSeries(series);
        series->attachAxis(m_mapX);
        series->attachAxis(m_mapY);
    }
    // One legend, on the loss chart's right: six optimizer names do not fit under a square map.
    m_mapChart->legend()->setVisible(false);

    m_mapView = new MapChartView(m_mapChart, this);
    addChartView(m_mapView);
    m_mapView->setCursor(Qt::CrossCursor);
    m_mapView->setToolTip(tr("Click to start the walk there"));
    addChart(m_lossChart);
    m_heatmap = new PlotAreaImage(m_mapChart, [this](QSize size) {
        return renderHeatmap(m_surface, m_domain, size, ChartStyle::dark());
    });
    connect(m_mapView, &MapChartView::pointClicked, this, &GradientDescentView::setStart);

    auto *group = new QGroupBox(tr("Compare"), this);
    auto *grid = new QGridLayout(group);
    m_compareBox->setObjectName(QStringLiteral("compareMode"));
    m_compareBox->setToolTip(tr("Run several optimizers from the same start (Ctrl+M)"));
    grid->addWidget(m_compareBox, 0, 0, 1, 2);
    for (int i = 0; i < kOptimizers; ++i) {
        auto *box = new QCheckBox(optimizerName(OptimizerKind(i)), group);
        box->setObjectName(QStringLiteral("compare_") + QString::fromStdString(concepts::optimizerId(OptimizerKind(i))));
        box->setChecked(true);
        box->setEnabled(false);
        grid->addWidget(box, 1 + i / 2, i % 2);
        connect(box, &QCheckBox::toggled, this, &GradientDescentView::scheduleRecompute);
        m_compareChoices << box;
    }
    connect(m_compareBox, &QCheckBox::toggled, this, [this](bool on) {
        for (QCheckBox *box : m_compareChoices)
            box->setEnabled(on);
        scheduleRecompute();
    });
    auto *compareAction = new QAction(tr("Compare optimizers"), this);
    compareAction->setShortcut(QKeySequence(tr("Ctrl+M")));
    connect(compareAction, &QAction::triggered, this, [this] { setCompare(!compare()); });
    addAction(compareAction);
    extraControls()->addWidget(group);
    m_playButton->setObjectName(QStringLiteral("play"));
    m_playButton->setCheckable(true);
    m_playButton->setToolTip(tr("Draw the path step by step (Ctrl+P)"));
    extraControls()->addWidget(m_playButton);
    connect(m_playButton, &QPushButton::clicked, this, &GradientDescentView::togglePlay);
    m_playTimer.setInterval(30);
    connect(&m_playTimer, &QTimer::timeout, this, &GradientDescentView::advancePlay);

    restyle();
    recomputeNow();
}

GradientDescentView::~GradientDescentView()
{
    // The loss axis not in use belongs to no chart (QChart::removeAxis hands it back).
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_logLoss), static_cast<QAbstractAxis *>(m_linearLoss)})
        if (!m_lossChart->axes().contains(axis) && !axis->parent())
            delete axis;
}

QString GradientDescentView::summary() const
{
    return tr("Drag the learning rate up until the path starts to zig-zag, then past the point where it diverges.");
}

QString GradientDescentView::tips() const
{
    return tr("<b>Try this</b><ul style='margin-left:-20px'>"
              "<li>Quadratic, GD: lr 0.19 zig-zags, 0.21 diverges (2/κ = 0.2).</li>"
              "<li>Raise the condition κ: GD crawls along the flat direction.</li>"
              "<li>Rosenbrock with Compare on: momentum and Nesterov race down the valley; Adam, RMSprop "
              "and Adagrad step about lr at a time, so give them lr 0.05.</li>"
              "<li>Saddle, start on y = 0: GD stalls at the saddle point.</li></ul>");
}

QLineSeries *GradientDescentView::pathSeries(OptimizerKind kind) const
{
    return m_paths.value(int(kind));
}

QLineSeries *GradientDescentView::lossSeries(OptimizerKind kind) const
{
    return m_losses.value(int(kind));
}

void GradientDescentView::setCompare(bool on)
{
    m_compareBox->setChecked(on);
}

bool GradientDescentView::compare() const
{
    return m_compareBox->isChecked();
}

void GradientDescentView::setStart(const QPointF &point)
{
    auto clampRound = [](double v) { return std::round(std::clamp(v, -5.0, 5.0) * 100.0) / 100.0; };
    parameters()->setValues({{"x0", clampRound(point.x())}, {"y0", clampRound(point.y())}});
}

std::vector<OptimizerKind> GradientDescentView::shownOptimizers() const
{
    std::vector<OptimizerKind> kinds;
    if (m_compareBox->isChecked())
        for (int i = 0; i < kOptimizers; ++i)
            if (m_compareChoices[i]->isChecked())
                kinds.push_back(OptimizerKind(i));
    return kinds;
}

concepts::ConceptResult GradientDescentView::compute(const concepts::ParamMap &values) const
{
    return static_cast<const concepts::GradientDescentModel &>(model()).compute(values, shownOptimizers());
}

void GradientDescentView::restyle()
{
    for (QChart *chart : {m_mapChart, m_lossChart})
        ChartStyle::apply(chart);
    m_lossChart->legend()->setAlignment(Qt::AlignRight);
    // The map's own background would hide the heatmap drawn beneath it; the view paints it instead.
    m_mapChart->setBackgroundVisible(false);
    m_mapView->setBackgroundBrush(ChartStyle::background());
    for (int i = 0; i < kOptimizers; ++i) {
        ChartStyle::setLine(m_paths[i], ChartStyle::series(i), 2.5);
        ChartStyle::setLine(m_losses[i], ChartStyle::series(i), 2);
    }
    m_start->setColor(ChartStyle::text());
    m_start->setBorderColor(ChartStyle::background());
    m_ends->setColor(ChartStyle::role(ChartStyle::Marker));
    m_ends->setBorderColor(ChartStyle::text());
    m_linearLoss->setLabelsBrush(ChartStyle::text());
    m_linearLoss->setTitleBrush(ChartStyle::text());
    m_linearLoss->setGridLineColor(ChartStyle::grid());
    m_logLoss->setLabelsBrush(ChartStyle::text());
    if (!m_heatmapKey.isEmpty()) {  // the heatmap is softened toward the background: redraw it
        m_heatmapKey = heatmapKey(m_surface, m_domain);
        m_heatmap->invalidate();
    }
}

void GradientDescentView::present(const concepts::ConceptResult &result)
{
    const auto &p = result.params;
    const concepts::Surface surface = concepts::GradientDescentModel::surfaceOf(p);
    const concepts::Surface::Domain domain = concepts::GradientDescentModel::plotDomain(p);
    m_mapX->setRange(domain.xMin, domain.xMax);
    m_mapY->setRange(domain.yMin, domain.yMax);
    const QString key = heatmapKey(surface, domain);
    if (key != m_heatmapKey) {  // a learning-rate drag leaves the surface alone: no redraw
        m_heatmapKey = key;
        m_surface = surface;
        m_domain = domain;
        m_heatmap->invalidate();
    }

    // Log scale needs a floor; the saddle has none, so its loss goes on a linear axis.
    const bool log = surface.minimumValue().has_value();
    if (log != m_logScale) {
        QAbstractAxis *from = m_logScale ? static_cast<QAbstractAxis *>(m_logLoss) : m_linearLoss;
        QAbstractAxis *to = log ? static_cast<QAbstractAxis *>(m_logLoss) : m_linearLoss;
        for (QLineSeries *series : m_losses)
            series->detachAxis(from);
        m_lossChart->removeAxis(from);
        m_lossChart->addAxis(to, Qt::AlignLeft);
        for (QLineSeries *series : m_losses)
            series->attachAxis(to);
        m_logScale = log;
        ChartStyle::apply(m_lossChart);
    }

    const auto main = concepts::optimizerFromId(concepts::choiceParam(p, "optimizer")).value_or(OptimizerKind::GradientDescent);
    m_fullPaths = QList<QList<QPointF>>(kOptimizers);
    m_fullLosses = QList<QList<QPointF>>(kOptimizers);
    m_longestPath = 0;
    QList<QPointF> ends;
    double lossLow = 1e300, lossHigh = -1e300;
    for (int i = 0; i < kOptimizers; ++i) {
        const auto kind = OptimizerKind(i);
        const std::string suffix = kind == main ? "" : "_" + concepts::optimizerId(kind);
        const auto it = result.series.find("path" + suffix);
        const bool shown = it != result.series.end();
        m_paths[i]->setVisible(shown);
        m_losses[i]->setVisible(shown);
        m_lossChart->legend()->markers(m_losses[i]).first()->setVisible(shown);
        if (!shown)
            continue;
        m_fullPaths[i] = toPoints(it->second);
        m_fullLosses[i] = toPoints(result.series.at("loss" + suffix), 0, 1, log ? kLossFloor : -1.0);
        m_longestPath = std::max(m_longestPath, int(m_fullPaths[i].size()));
        if (!m_fullPaths[i].isEmpty())
            ends << m_fullPaths[i].last();
        for (const QPointF &point : m_fullLosses[i]) {
            lossLow = std::min(lossLow, point.y());
            lossHigh = std::max(lossHigh, point.y());
        }
    }
    // One optimizer needs no legend: its name goes in the title and the plot keeps the width.
    m_lossChart->legend()->setVisible(compare());
    m_lossChart->setTitle(compare() ? tr("Loss by iteration") : tr("Loss by iteration: %1").arg(optimizerName(main)));
    replacePoints(m_start, {QPointF(concepts::numberParam(p, "x0"), concepts::numberParam(p, "y0"))});
    replacePoints(m_ends, ends);
    m_stepAxis->setRange(0, std::max(1, concepts::integerParam(p, "steps")));
    if (log) {
        lossLow = std::pow(10.0, std::floor(std::log10(std::max(lossLow, kLossFloor))));
        lossHigh = std::pow(10.0, std::ceil(std::log10(std::max(lossHigh, kLossFloor))));
        m_logLoss->setRange(lossLow, std::max(lossHigh, lossLow * 10));
    } else {
        const double pad = std::max(1e-9, 0.05 * (lossHigh - lossLow));
        m_linearLoss->setRange(lossLow - pad, lossHigh + pad);
    }
    if (m_playTimer.isActive())
        m_playStep = std::min(m_playStep, m_longestPath);
    showSteps(m_playTimer.isActive() ? m_playStep : m_longestPath);

    // The sentence under the charts.
    const double finalLoss = result.metrics.at("final_loss");
    const int stepsRun = int(result.metrics.at("steps_run"));
    const double lr = concepts::numberParam(p, "lr");
    QString text;
    if (result.metrics.at("diverged") > 0) {
        text = tr("<b>%1 diverged</b> at step %2: learning rate %3 is too large here.")
                   .arg(optimizerName(main)).arg(int(result.metrics.at("diverged_at"))).arg(number(lr));
        if (surface.kind() == concepts::Surface::Kind::Quadratic && main == OptimizerKind::GradientDescent)
            text += QLatin1Char(' ') + tr("On this bowl plain GD is stable only for lr < 2/κ = %1.").arg(number(2.0 / surface.condition()));
        else if (surface.kind() == concepts::Surface::Kind::Saddle)
            text += QLatin1Char(' ') + tr("The saddle has no minimum: every optimizer escapes along y unless it starts exactly on y = 0.");
        else
            text += QLatin1Char(' ') + tr("Lower it, or try Adam, whose steps are about lr long whatever the gradient.");
    } else {
        const double gap = finalLoss - surface.minimumValue().value_or(finalLoss);
        text = tr("<b>%1</b> reached loss %2 after %3 steps").arg(optimizerName(main), number(finalLoss)).arg(stepsRun);
        text += !surface.minimumValue() ? QStringLiteral(".")
                : gap < 1e-6             ? tr(": converged to the minimum.")
                                         : tr("; not there yet — more steps, a larger learning rate or momentum would get closer.");
        if (surface.kind() == concepts::Surface::Kind::Quadratic && main == OptimizerKind::GradientDescent)
            text += QLatin1Char(' ') + tr("Each step multiplies x by (1 − lr) = %1 and y by (1 − lr·κ) = %2: the steep "
                                          "direction caps the learning rate, the shallow one sets the pace.")
                                           .arg(number(1 - lr), number(1 - lr * surface.condition()));
    }
    if (compare()) {
        QStringList parts;
        for (int i = 0; i < kOptimizers; ++i) {
            const auto kind = OptimizerKind(i);
            if (kind == main || m_fullPaths[i].isEmpty())
                continue;
            const std::string id = concepts::optimizerId(kind);
            parts << (result.metrics.at("diverged_" + id) > 0 ? tr("%1 diverged").arg(optimizerName(kind))
                                                               : tr("%1 %2").arg(optimizerName(kind), number(result.metrics.at("final_loss_" + id))));
        }
        if (!parts.isEmpty())
            text += QStringLiteral("<br>") + tr("Final losses: %1.").arg(parts.join(QStringLiteral(", ")));
    }
    setExplanation(text);
}

QString GradientDescentView::heatmapKey(const concepts::Surface &surface, const concepts::Surface::Domain &domain)
{
    return QStringLiteral("%1|%2|%3,%4,%5,%6|%7")
        .arg(QString::fromStdString(surface.id()))
        .arg(surface.condition())
        .arg(domain.xMin).arg(domain.xMax).arg(domain.yMin).arg(domain.yMax)
        .arg(ChartStyle::dark());
}

void GradientDescentView::showSteps(int steps)
{
    for (int i = 0; i < kOptimizers; ++i) {
        if (m_fullPaths.value(i).isEmpty()) {
            m_paths[i]->clear();
            m_losses[i]->clear();
            continue;
        }
        replacePoints(m_paths[i], thin(m_fullPaths[i], steps + 1));
        replacePoints(m_losses[i], thin(m_fullLosses[i], steps + 1));
    }
}

void GradientDescentView::togglePlay()
{
    if (m_playTimer.isActive()) {
        m_playTimer.stop();
        showSteps(m_longestPath);
    } else {
        m_playStep = 0;
        showSteps(0);
        m_playTimer.start();
    }
    m_playButton->setChecked(m_playTimer.isActive());
    m_playButton->setText(m_playTimer.isActive() ? tr("Sto&p") : tr("&Play path"));
}

void GradientDescentView::advancePlay()
{
    // About three seconds whatever the length: 100 frames.
    m_playStep += std::max(1, m_longestPath / 100);
    if (m_playStep >= m_longestPath) {
        togglePlay();
        return;
    }
    showSteps(m_playStep);
}

} // namespace loopcraft
