#pragma once

#include "concepts/conceptmodel.h"

#include <Eigen/Dense>
#include <vector>

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

private:
    struct Simulation {
        ParamMap key;  // every parameter but the degree
        int maxDegree = -1;
        std::vector<double> gridX;
        Eigen::VectorXd truth;
        Eigen::MatrixXd sum, sumSquares;  // grid × degree, over the L sets
        Eigen::VectorXd squaredError;     // per degree, against the fresh labels
        std::vector<Eigen::MatrixXd> shownFits;  // per degree: grid × shown sets
    };
    const Simulation &simulate(const ParamMap &resolved) const;

    // Dragging the degree slider reuses the last simulation: the L fits of every degree are
    // already there, so only the picture changes (same numbers as a fresh run, by construction).
    mutable Simulation m_cache;
};

} // namespace loopcraft::concepts
