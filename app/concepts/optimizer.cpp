#include "concepts/optimizer.h"

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

Trajectory runOptimizer(const Surface &surface, const OptimizerSettings &settings, double x0, double y0)
{
    Trajectory path;
    path.optimizer = settings.kind;
    const int steps = std::max(0, settings.steps);
    path.x.reserve(static_cast<std::size_t>(steps) + 1);
    path.y.reserve(static_cast<std::size_t>(steps) + 1);
    path.loss.reserve(static_cast<std::size_t>(steps) + 1);

    double w[2] = {x0, y0};
    double a[2] = {0.0, 0.0};  // momentum buffer, Adagrad/RMSprop square sum, or Adam's m
    double b[2] = {0.0, 0.0};  // Adam's v
    const double lr = settings.learningRate;
    const double beta = settings.momentum;
    constexpr double alpha = 0.99, beta1 = 0.9, beta2 = 0.999;
    double beta1Power = 1.0, beta2Power = 1.0;

    path.x.push_back(w[0]);
    path.y.push_back(w[1]);
    path.loss.push_back(surface.value(w[0], w[1]));
    for (int step = 1; step <= steps; ++step) {
        const auto g = surface.gradient(w[0], w[1]);
        switch (settings.kind) {
        case OptimizerKind::GradientDescent:
            for (int i = 0; i < 2; ++i)
                w[i] -= lr * g[i];
            break;
        case OptimizerKind::Momentum:
            for (int i = 0; i < 2; ++i) {
                a[i] = beta * a[i] + g[i];
                w[i] -= lr * a[i];
            }
            break;
        case OptimizerKind::Nesterov:
            for (int i = 0; i < 2; ++i) {
                a[i] = beta * a[i] + g[i];
                w[i] -= lr * (g[i] + beta * a[i]);
            }
            break;
        case OptimizerKind::Adagrad:
            for (int i = 0; i < 2; ++i) {
                a[i] += g[i] * g[i];
                w[i] -= lr * g[i] / (std::sqrt(a[i]) + 1e-10);
            }
            break;
        case OptimizerKind::RmsProp:
            for (int i = 0; i < 2; ++i) {
                a[i] = alpha * a[i] + (1.0 - alpha) * g[i] * g[i];
                w[i] -= lr * g[i] / (std::sqrt(a[i]) + 1e-8);
            }
            break;
        case OptimizerKind::Adam:
            beta1Power *= beta1;
            beta2Power *= beta2;
            for (int i = 0; i < 2; ++i) {
                a[i] = beta1 * a[i] + (1.0 - beta1) * g[i];
                b[i] = beta2 * b[i] + (1.0 - beta2) * g[i] * g[i];
                const double mHat = a[i] / (1.0 - beta1Power);
                const double vHat = b[i] / (1.0 - beta2Power);
                w[i] -= lr * mHat / (std::sqrt(vHat) + 1e-8);
            }
            break;
        }
        const double loss = surface.value(w[0], w[1]);
        if (!std::isfinite(loss) || !std::isfinite(w[0]) || !std::isfinite(w[1]) || std::abs(loss) > kExplodingLoss ||
            std::abs(w[0]) > kExplodingPosition || std::abs(w[1]) > kExplodingPosition) {
            path.diverged = true;
            path.divergedAt = step;
            break;
        }
        path.x.push_back(w[0]);
        path.y.push_back(w[1]);
        path.loss.push_back(loss);
    }
    return path;
}

} // namespace loopcraft::concepts
