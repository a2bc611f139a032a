#include "concepts/overfittingmodel.h"

#include "concepts/dataset.h"
#include "concepts/polynomialfitter.h"

#include <algorithm>
#include <cstdint>

namespace loopcraft::concepts {

namespace {

// The test set must not share draws with the training set, yet follow the same seed.
std::uint64_t testSeed(std::uint64_t seed)
{
    return seed * 6364136223846793005ULL + 1442695040888963407ULL;
}

} // namespace

const ConceptSpec &OverfittingModel::spec() const
{
    return *findConceptSpec("overfitting");
}

ConceptResult OverfittingModel::compute(const ParamMap &values) const
{
    ConceptResult result;
    result.params = spec().resolve(values);
    const auto &p = result.params;
    const auto function = targetFunctionFromId(choiceParam(p, "function")).value_or(TargetFunction::Cos);
    const int degree = integerParam(p, "degree");
    const int samples = integerParam(p, "samples");
    const double noise = numberParam(p, "noise");
    const double lambda = numberParam(p, "lambda");
    const auto seed = static_cast<std::uint64_t>(numberParam(p, "seed"));

    const Dataset train = Dataset::sample(function, samples, noise, seed);
    const Dataset test = Dataset::sample(function, kTestSamples, noise, testSeed(seed));
    const PolynomialFitter fitter(train.x, train.y, kMaxDegree, lambda);
    const Eigen::MatrixXd testDesign = PolynomialFitter::vandermonde(test.x, kMaxDegree);
    const Eigen::Map<const Eigen::VectorXd> testTarget(test.y.data(), static_cast<Eigen::Index>(test.y.size()));

    Series &trainError = result.series["train_error"];
    Series &testError = result.series["test_error"];
    Eigen::VectorXd chosen;
    int bestDegree = 0;
    double bestTest = 0.0;
    for (int d = 0; d <= kMaxDegree; ++d) {
        const Eigen::VectorXd c = fitter.coefficients(d);
        const double trainMse = fitter.trainingError(c);
        const double testMse = (testDesign.leftCols(d + 1) * c - testTarget).squaredNorm() / kTestSamples;
        trainError.add({double(d), trainMse});
        testError.add({double(d), testMse});
        if (d == 0 || testMse < bestTest) {
            bestTest = testMse;
            bestDegree = d;
        }
        if (d == degree) {
            chosen = c;
            result.metrics["train_mse"] = trainMse;
            result.metrics["test_mse"] = testMse;
        }
    }

    Series &points = result.series["train"];
    for (std::size_t i = 0; i < train.x.size(); ++i)
        points.add({train.x[i], train.y[i]});
    Series &truth = result.series["truth"];
    Series &fit = result.series["fit"];
    for (int i = 0; i < kCurvePoints; ++i) {
        const double x = double(i) / (kCurvePoints - 1);
        truth.add({x, evaluate(function, x)});
        fit.add({x, PolynomialFitter::evaluate(chosen, x)});
    }

    const double testMse = result.metrics["test_mse"];
    result.metrics["best_degree"] = bestDegree;
    result.metrics["best_test_mse"] = bestTest;
    result.metrics["noise_variance"] = noise * noise;
    result.metrics["test_to_best_ratio"] = bestTest > 0.0 ? testMse / bestTest : 1.0;
    // Within half again of the best test error counts as well fitted: near its minimum the curve is
    // flat, and which neighbouring degree wins there depends on the particular sample.
    std::string verdict = "well-fitted";
    // (and a difference under 1e-4 — an RMS error of 0.01 — is no difference, e.g. with no noise).
    if (testMse > kWellFittedRatio * bestTest && testMse - bestTest > 1e-4)
        verdict = degree < bestDegree ? "underfitted" : "overfitted";
    result.notes["verdict"] = verdict;
    return result;
}

} // namespace loopcraft::concepts
