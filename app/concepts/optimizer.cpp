#include "concepts/optimizer.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace loopcraft::concepts {

const std::vector<std::string> &optimizerIds()
{
    static const std::vector<std::string> ids{"gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"};
    return ids;
}

std::string optimizerId(OptimizerKind kind)
{
    return optimizerIds()[static_cast<std::size_t>(kind)];
}

std::optional<OptimizerKind> optimizerFromId(const std::string &id)
{
    for (std::size_t i = 0; i < optimizerIds().size(); ++i)
        if (optimizerIds()[i] == id)
            return static_cast<OptimizerKind>(i);
    return std::nullopt;
}

namespace {

// Beyond these the run has left any region worth drawing; treating it as divergence keeps the
// numbers finite and the message honest.
constexpr double kExplodingLoss = 1e12;
constexpr double kExplodingPosition = 1e6;

} // namespace

namespace {

// The update rule is a template argument so the step loop carries no per-step dispatch.
template <OptimizerKind Kind>
void walk(const Surface &surface, const OptimizerSettings &settings, Trajectory &path)
{
    double w[2] = {path.x.back(), path.y.back()};
    double a[2] = {0.0, 0.0};  // momentum buffer, Adagrad/RMSprop square sum, or Adam's m
    double b[2] = {0.0, 0.0};  // Adam's v
    const double lr = settings.learningRate;
    const double beta = settings.momentum;
    constexpr double alpha = 0.99, beta1 = 0.9, beta2 = 0.999;
    double beta1Power = 1.0, beta2Power = 1.0;
    std::array<double, 2> g;
    surface.valueAndGradient(w[0], w[1], g);
    for (int step = 1; step <= settings.steps; ++step) {
        if constexpr (Kind == OptimizerKind::GradientDescent) {
            for (int i = 0; i < 2; ++i)
                w[i] -= lr * g[i];
        } else if constexpr (Kind == OptimizerKind::Momentum) {
            for (int i = 0; i < 2; ++i) {
                a[i] = beta * a[i] + g[i];
                w[i] -= lr * a[i];
            }
        } else if constexpr (Kind == OptimizerKind::Nesterov) {
            for (int i = 0; i < 2; ++i) {
                a[i] = beta * a[i] + g[i];
                w[i] -= lr * (g[i] + beta * a[i]);
            }
        } else if constexpr (Kind == OptimizerKind::Adagrad) {
            for (int i = 0; i < 2; ++i) {
                a[i] += g[i] * g[i];
                w[i] -= lr * g[i] / (std::sqrt(a[i]) + 1e-10);
            }
        } else if constexpr (Kind == OptimizerKind::RmsProp) {
            for (int i = 0; i < 2; ++i) {
                a[i] = alpha * a[i] + (1.0 - alpha) * g[i] * g[i];
                w[i] -= lr * g[i] / (std::sqrt(a[i]) + 1e-8);
            }
        } else {
            beta1Power *= beta1;
            beta2Power *= beta2;
            for (int i = 0; i < 2; ++i) {
                a[i] = beta1 * a[i] + (1.0 - beta1) * g[i];
                b[i] = beta2 * b[i] + (1.0 - beta2) * g[i] * g[i];
                const double mHat = a[i] / (1.0 - beta1Power);
                const double vHat = b[i] / (1.0 - beta2Power);
                w[i] -= lr * mHat / (std::sqrt(vHat) + 1e-8);
            }
        }
        const double loss = surface.valueAndGradient(w[0], w[1], g);
        if (!std::isfinite(loss) || !std::isfinite(w[0]) || !std::isfinite(w[1]) || std::abs(loss) > kExplodingLoss ||
            std::abs(w[0]) > kExplodingPosition || std::abs(w[1]) > kExplodingPosition) {
            path.diverged = true;
            path.divergedAt = step;
            return;
        }
        path.x.push_back(w[0]);
        path.y.push_back(w[1]);
        path.loss.push_back(loss);
    }
}

} // namespace

Trajectory runOptimizer(const Surface &surface, const OptimizerSettings &settings, double x0, double y0)
{
    Trajectory path;
    path.optimizer = settings.kind;
    OptimizerSettings bounded = settings;
    bounded.steps = std::max(0, settings.steps);
    const auto capacity = static_cast<std::size_t>(bounded.steps) + 1;
    path.x.reserve(capacity);
    path.y.reserve(capacity);
    path.loss.reserve(capacity);
    path.x.push_back(x0);
    path.y.push_back(y0);
    path.loss.push_back(surface.value(x0, y0));
    switch (settings.kind) {
    case OptimizerKind::GradientDescent: walk<OptimizerKind::GradientDescent>(surface, bounded, path); break;
    case OptimizerKind::Momentum: walk<OptimizerKind::Momentum>(surface, bounded, path); break;
    case OptimizerKind::Nesterov: walk<OptimizerKind::Nesterov>(surface, bounded, path); break;
    case OptimizerKind::Adagrad: walk<OptimizerKind::Adagrad>(surface, bounded, path); break;
    case OptimizerKind::RmsProp: walk<OptimizerKind::RmsProp>(surface, bounded, path); break;
    case OptimizerKind::Adam: walk<OptimizerKind::Adam>(surface, bounded, path); break;
    }
    return path;
}

} // namespace loopcraft::concepts
