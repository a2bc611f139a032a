#include "concepts/gradientdescentmodel.h"

#include <algorithm>
#include <cmath>

namespace loopcraft::concepts {

const ConceptSpec &GradientDescentModel::spec() const
{
    return *findConceptSpec("gradient-descent");
}

Surface GradientDescentModel::surfaceOf(const ParamMap &resolved)
{
    return Surface(Surface::kindFromId(choiceParam(resolved, "surface")).value_or(Surface::Kind::Rosenbrock),
                   numberParam(resolved, "condition"));
}

Surface::Domain GradientDescentModel::plotDomain(const ParamMap &resolved)
{
    Surface::Domain domain = surfaceOf(resolved).domain();
    const double x0 = numberParam(resolved, "x0");
    const double y0 = numberParam(resolved, "y0");
    const double marginX = 0.05 * (domain.xMax - domain.xMin);
    const double marginY = 0.05 * (domain.yMax - domain.yMin);
    // Grown in half-unit steps, so dragging the start outward redraws the heatmap now and then,
    // not on every pixel of the drag.
    domain.xMin = std::min(domain.xMin, std::floor(2.0 * (x0 - marginX)) / 2.0);
    domain.xMax = std::max(domain.xMax, std::ceil(2.0 * (x0 + marginX)) / 2.0);
    domain.yMin = std::min(domain.yMin, std::floor(2.0 * (y0 - marginY)) / 2.0);
    domain.yMax = std::max(domain.yMax, std::ceil(2.0 * (y0 + marginY)) / 2.0);
    return domain;
}

ConceptResult GradientDescentModel::compute(const ParamMap &values) const
{
    return compute(values, {});
}

ConceptResult GradientDescentModel::compute(const ParamMap &values, const std::vector<OptimizerKind> &compared) const
{
    ConceptResult result;
    result.params = spec().resolve(values);
    const auto &p = result.params;
    const Surface surface = surfaceOf(p);
    const double floor = surface.minimumValue().value_or(0.0);
    OptimizerSettings settings;
    settings.kind = optimizerFromId(choiceParam(p, "optimizer")).value_or(OptimizerKind::GradientDescent);
    settings.learningRate = numberParam(p, "lr");
    settings.momentum = numberParam(p, "momentum");
    settings.steps = integerParam(p, "steps");
    const double x0 = numberParam(p, "x0");
    const double y0 = numberParam(p, "y0");

    auto store = [&](const Trajectory &path, const std::string &suffix) {
        Series &walk = result.series["path" + suffix];
        Series &loss = result.series["loss" + suffix];
        walk.columns = 3;
        walk.data.reserve(path.x.size() * 3);
        loss.data.reserve(path.x.size() * 2);
        for (std::size_t i = 0; i < path.x.size(); ++i) {
            walk.add({path.x[i], path.y[i], path.loss[i]});
            loss.add({double(i), path.loss[i] - floor});
        }
    };

    const Trajectory main = runOptimizer(surface, settings, x0, y0);
    store(main, "");
    for (OptimizerKind kind : compared) {
        if (kind == settings.kind)
            continue;
        OptimizerSettings other = settings;
        other.kind = kind;
        const Trajectory path = runOptimizer(surface, other, x0, y0);
        store(path, "_" + optimizerId(kind));
        result.metrics["final_loss_" + optimizerId(kind)] = path.loss.back();
        result.metrics["diverged_" + optimizerId(kind)] = path.diverged ? 1.0 : 0.0;
    }

    result.metrics["final_loss"] = main.loss.back();
    result.metrics["steps_run"] = main.stepsRun();
    result.metrics["diverged"] = main.diverged ? 1.0 : 0.0;
    result.metrics["diverged_at"] = main.divergedAt;
    const auto gradient = surface.gradient(main.x.back(), main.y.back());
    result.metrics["final_gradient_norm"] = std::hypot(gradient[0], gradient[1]);
    const Surface::Domain domain = plotDomain(p);
    result.metrics["x_min"] = domain.xMin;
    result.metrics["x_max"] = domain.xMax;
    result.metrics["y_min"] = domain.yMin;
    result.metrics["y_max"] = domain.yMax;
    if (surface.minimumValue())
        result.metrics["minimum"] = *surface.minimumValue();
    return result;
}

} // namespace loopcraft::concepts
