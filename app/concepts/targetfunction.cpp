#include "concepts/targetfunction.h"

#include <cmath>
#include <numbers>

namespace loopcraft::concepts {

double evaluate(TargetFunction function, double x)
{
    switch (function) {
    case TargetFunction::Cos:
        return std::cos(1.5 * std::numbers::pi * x);  // scikit-learn's underfitting/overfitting example
    case TargetFunction::Sin:
        return std::sin(2.0 * std::numbers::pi * x);
    case TargetFunction::Cubic: {
        // Roots at 0.1, 0.5 and 0.9, scaled so the values span about [-1, 1] like the others.
        return 20.0 * (x - 0.1) * (x - 0.5) * (x - 0.9);
    }
    }
    return 0.0;
}

const std::vector<std::string> &targetFunctionIds()
{
    static const std::vector<std::string> ids{"cos", "sin", "cubic"};
    return ids;
}

std::string targetFunctionId(TargetFunction function)
{
    return targetFunctionIds()[static_cast<std::size_t>(function)];
}

std::optional<TargetFunction> targetFunctionFromId(const std::string &id)
{
    const auto &ids = targetFunctionIds();
    for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id)
            return static_cast<TargetFunction>(i);
    return std::nullopt;
}

} // namespace loopcraft::concepts
