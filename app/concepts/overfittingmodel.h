#pragma once

#include "concepts/conceptmodel.h"

namespace loopcraft::concepts {

// Overfitting: one noisy training set, a polynomial fit of the chosen degree, and the training and
// test error of every degree 0–20 (test error against a larger fresh sample from the same source).
// Series: train, truth, fit, train_error, test_error. Metrics: train_mse, test_mse, best_degree,
// best_test_mse, noise_variance. Note "verdict": underfitted, well-fitted or overfitted.
class OverfittingModel : public ConceptModel {
public:
    static constexpr int kMaxDegree = 20;
    static constexpr int kTestSamples = 500;
    static constexpr int kCurvePoints = 201;
    static constexpr double kWellFittedRatio = 1.5;  // test error up to 1.5× the best is "well fitted"

    const ConceptSpec &spec() const override;
    ConceptResult compute(const ParamMap &values) const override;
};

} // namespace loopcraft::concepts
