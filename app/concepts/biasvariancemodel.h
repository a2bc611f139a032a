#pragma once

#include "concepts/conceptmodel.h"

namespace loopcraft::concepts {

// Bias–variance: L training sets of N points fitted at every degree; on a fixed grid of test points
// bias² = mean (ȳ − f)², variance = mean over sets of (ŷ − ȳ)², noise = σ², and the empirical
// expected test MSE against fresh noisy labels, so bias² + variance + noise ≈ MSE is a check.
// Series: truth, mean_fit, fits ([x, ŷ₁, ŷ₂, …] for up to kShownFits sets), and per degree bias2,
// variance, noise, total, expected_mse. Metrics at the chosen degree: bias2, variance, noise,
// total, expected_mse, and best_degree (lowest expected MSE).
class BiasVarianceModel : public ConceptModel {
public:
    static constexpr int kMinCurveDegree = 15;  // the U-curve spans 0..max(15, degree)
    static constexpr int kGridPoints = 100;
    static constexpr int kShownFits = 40;

    const ConceptSpec &spec() const override;
    ConceptResult compute(const ParamMap &values) const override;
};

} // namespace loopcraft::concepts
