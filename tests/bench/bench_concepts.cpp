// The Concepts room against its frame budgets (issue 5): recompute, simulate, optimise, sample, repaint.
#include "concepts/biasvariancemodel.h"
#include "concepts/conceptview.h"
#include "concepts/conceptviewfactory.h"
#include "concepts/heatmapgrid.h"
#include "concepts/heatmapimage.h"
#include "concepts/optimizer.h"
#include "concepts/overfittingmodel.h"
#include "concepts/parameterpanel.h"
#include "theme.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>
#include <memory>

using namespace loopcraft;
using namespace loopcraft::concepts;

// Budget 1 ms: data, 21 fits (degrees 0–20), train and test error, the drawn curves.
static void BM_Overfitting(benchmark::State &state)
{
    OverfittingModel model;
    double seed = 1;
    for (auto _ : state) {
        const ConceptResult result = model.compute({{"seed", seed}});
        benchmark::DoNotOptimize(result.metrics.at("test_mse"));
        seed = seed < 1000 ? seed + 1 : 1;
    }
}
BENCHMARK(BM_Overfitting)->Unit(benchmark::kMicrosecond);

// Budget 5 ms: L = 100 sets of N = 30 points, every degree 0–15.
static void BM_BiasVariance(benchmark::State &state)
{
    // A new seed each time: the model keeps the last simulation for degree drags, and this
    // measures the full simulation, not that cache.
    BiasVarianceModel model;
    double seed = 1;
    for (auto _ : state) {
        const ConceptResult result =
            model.compute({{"datasets", 100.0}, {"samples", 30.0}, {"degree", 4.0}, {"seed", seed}});
        benchmark::DoNotOptimize(result.metrics.at("expected_mse"));
        seed = seed < 1000 ? seed + 1 : 1;
    }
}
BENCHMARK(BM_BiasVariance)->Unit(benchmark::kMillisecond);

// Budget 1 ms: 5,000 steps of each of the six optimizers on the Rosenbrock valley.
static void BM_Optimizers(benchmark::State &state)
{
    const Surface surface(Surface::Kind::Rosenbrock);
    int steps = 0;
    for (auto _ : state) {
        steps = 0;
        for (int kind = 0; kind < 6; ++kind) {
            const Trajectory path = runOptimizer(surface, {OptimizerKind(kind), 1e-4, 0.9, 5000}, -1.5, 2.0);
            steps += path.stepsRun();
            benchmark::DoNotOptimize(path.loss.back());
        }
    }
    state.counters["steps"] = steps;  // 30000 when none diverged
}
BENCHMARK(BM_Optimizers)->Unit(benchmark::kMicrosecond);

// Budget 5 ms: a 300×300 value grid of the surface.
static void BM_Heatmap(benchmark::State &state)
{
    const Surface surface(Surface::Kind::Rosenbrock);
    for (auto _ : state) {
        const HeatmapGrid grid = HeatmapGrid::sample(surface, surface.domain(), 300, 300);
        benchmark::DoNotOptimize(grid.maximum);
    }
}
BENCHMARK(BM_Heatmap)->Unit(benchmark::kMillisecond);

// For information: the full heatmap image (colours + 12 contour levels), rebuilt only when the
// surface, region or plot size changes — not on a learning-rate drag.
static void BM_HeatmapImage(benchmark::State &state)
{
    const Surface surface(Surface::Kind::Rosenbrock);
    for (auto _ : state) {
        const QImage image = renderHeatmap(surface, surface.domain(), QSize(300, 300), false);
        benchmark::DoNotOptimize(image.constBits());
    }
}
BENCHMARK(BM_HeatmapImage)->Unit(benchmark::kMillisecond);

// Budget 8 ms: one parameter change → recompute → both charts repainted offscreen into an image.
// Bias–variance twice: a degree drag (the simulation is reused, only the picture changes) and a
// noise drag (all L × degrees fits again).
static void chartUpdate(benchmark::State &state, const QString &id, const std::string &parameter, double a, double b)
{
    Theme::apply(Theme::Mode::Light);
    std::unique_ptr<ConceptView> view(ConceptViewFactory::create(id));
    view->resize(1200, 640);
    view->setAttribute(Qt::WA_DontShowOnScreen, QApplication::platformName() != QLatin1String("offscreen"));
    view->show();
    QApplication::processEvents();
    QImage image(view->chartArea()->size(), QImage::Format_ARGB32_Premultiplied);
    bool flip = false;
    for (auto _ : state) {
        view->parameters()->setValues({{parameter, flip ? a : b}});
        flip = !flip;
        view->recomputeNow();
        QPainter painter(&image);
        view->chartArea()->render(&painter);
    }
}
static const bool registered = [] {
    benchmark::RegisterBenchmark("BM_ChartUpdate/overfitting",
                                 [](benchmark::State &s) { chartUpdate(s, QStringLiteral("overfitting"), "degree", 4, 9); })
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ChartUpdate/bias-variance",
                                 [](benchmark::State &s) { chartUpdate(s, QStringLiteral("bias-variance"), "degree", 4, 9); })
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ChartUpdate/bias-variance-noise",
                                 [](benchmark::State &s) { chartUpdate(s, QStringLiteral("bias-variance"), "noise", 0.3, 0.31); })
        ->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_ChartUpdate/gradient-descent",
                                 [](benchmark::State &s) { chartUpdate(s, QStringLiteral("gradient-descent"), "lr", 1e-3, 1.2e-3); })
        ->Unit(benchmark::kMillisecond);
    return true;
}();
