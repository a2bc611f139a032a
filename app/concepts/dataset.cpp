#include "concepts/dataset.h"

#include "concepts/random.h"

namespace loopcraft::concepts {

Dataset Dataset::sample(TargetFunction function, int count, double noise, Random &random)
{
    Dataset data;
    data.x.resize(static_cast<std::size_t>(count));
    data.y.resize(static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < data.x.size(); ++i) {
        data.x[i] = random.uniform();
        data.y[i] = evaluate(function, data.x[i]) + noise * random.normal();
    }
    return data;
}

Dataset Dataset::sample(TargetFunction function, int count, double noise, std::uint64_t seed)
{
    Random random(seed);
    return sample(function, count, noise, random);
}

} // namespace loopcraft::concepts
