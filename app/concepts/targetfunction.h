#pragma once

#include <optional>
#include <string>
#include <vector>

namespace loopcraft::concepts {

// The true functions the regression concepts sample from, all on x ∈ [0, 1].
enum class TargetFunction { Cos, Sin, Cubic };

double evaluate(TargetFunction function, double x);
std::string targetFunctionId(TargetFunction function);  // "cos", "sin", "cubic"
std::optional<TargetFunction> targetFunctionFromId(const std::string &id);
const std::vector<std::string> &targetFunctionIds();

} // namespace loopcraft::concepts
