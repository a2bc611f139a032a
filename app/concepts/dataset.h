#pragma once

#include "concepts/targetfunction.h"

#include <cstdint>
#include <vector>

namespace loopcraft::concepts {

class Random;

// Noisy samples y = f(x) + N(0, σ²) with x ~ U[0, 1].
struct Dataset {
    std::vector<double> x;
    std::vector<double> y;

    static Dataset sample(TargetFunction function, int count, double noise, Random &random);
    static Dataset sample(TargetFunction function, int count, double noise, std::uint64_t seed);
};

} // namespace loopcraft::concepts
