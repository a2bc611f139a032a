#pragma once

#include "concepts/surface.h"

#include <optional>
#include <string>
#include <vector>

namespace loopcraft::concepts {

enum class OptimizerKind { GradientDescent, Momentum, Nesterov, Adagrad, RmsProp, Adam };

const std::vector<std::string> &optimizerIds();  // "gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"
std::string optimizerId(OptimizerKind kind);
std::optional<OptimizerKind> optimizerFromId(const std::string &id);

// One optimizer's walk over a surface.
struct Trajectory {
    OptimizerKind optimizer = OptimizerKind::GradientDescent;
    std::vector<double> x, y, loss;  // the start included, so steps taken = size − 1
    bool diverged = false;
    int divergedAt = -1;             // the step whose result was non-finite or exploding
    int stepsRun() const { return static_cast<int>(x.size()) - 1; }
};

// The update rules in PyTorch's conventions (torch.optim, default epsilons):
//   gd        w ← w − lr·g
//   momentum  v ← βv + g;  w ← w − lr·v                       (SGD, dampening 0)
//   nesterov  v ← βv + g;  w ← w − lr·(g + βv)
//   adagrad   s ← s + g²;  w ← w − lr·g/(√s + 1e-10)
//   rmsprop   s ← αs + (1−α)g², α = 0.99;  w ← w − lr·g/(√s + 1e-8)
//   adam      m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², bias-corrected, β₁ 0.9, β₂ 0.999, ε 1e-8
// A run stops at the first non-finite or exploding loss or position, and says at which step.
struct OptimizerSettings {
    OptimizerKind kind = OptimizerKind::GradientDescent;
    double learningRate = 1e-3;
    double momentum = 0.9;  // β of momentum and nesterov
    int steps = 100;
};

Trajectory runOptimizer(const Surface &surface, const OptimizerSettings &settings, double x0, double y0);

} // namespace loopcraft::concepts
