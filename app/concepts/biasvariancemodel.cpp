#include "concepts/biasvariancemodel.h"

#include "concepts/dataset.h"
#include "concepts/polynomialfitter.h"
#include "concepts/random.h"

#include <algorithm>
#include <cstdint>
#include <future>

namespace loopcraft::concepts {

const ConceptSpec &BiasVarianceModel::spec() const
{
    return *findConceptSpec("bias-variance");
}

const BiasVarianceModel::Simulation &BiasVarianceModel::simulate(const ParamMap &p) const
{
    ParamMap key = p;
    key.erase("degree");
    const int maxDegree = std::max(kMinCurveDegree, integerParam(p, "degree"));
    if (m_cache.maxDegree == maxDegree && m_cache.key == key)
        return m_cache;

    const auto function = targetFunctionFromId(choiceParam(p, "function")).value_or(TargetFunction::Cos);
    const int datasets = integerParam(p, "datasets");
    const int samples = integerParam(p, "samples");
    const double noise = numberParam(p, "noise");
    const double lambda = numberParam(p, "lambda");
    const auto seed = static_cast<std::uint64_t>(numberParam(p, "seed"));
    const int degrees = maxDegree + 1;

    Simulation &s = m_cache;
    s.key = key;
    s.maxDegree = maxDegree;
    s.gridX.resize(kGridPoints);
    s.truth.resize(kGridPoints);
    for (int i = 0; i < kGridPoints; ++i) {
        s.gridX[std::size_t(i)] = (i + 0.5) / kGridPoints;
        s.truth(i) = evaluate(function, s.gridX[std::size_t(i)]);
    }
    const Eigen::MatrixXd gridDesign = PolynomialFitter::vandermonde(s.gridX, maxDegree);
    const int shown = std::min(datasets, kShownFits);
    s.shownFits.assign(std::size_t(degrees), Eigen::MatrixXd(kGridPoints, shown));

    // The random draws are taken in one sequence, so a seed always gives the same data; the L fits are then shared between two threads, each summing its own half, and the
    // halves are added in a fixed order, so the result does not depend on the machine.
    Random random(seed);
    std::vector<Dataset> train;
    train.reserve(std::size_t(datasets));
    Eigen::MatrixXd fresh(kGridPoints, datasets);
    for (int set = 0; set < datasets; ++set) {
        train.push_back(Dataset::sample(function, samples, noise, random));
        // Fresh labels at the grid points: the "new data" the expected test MSE is measured on.
        for (int i = 0; i < kGridPoints; ++i)
            fresh(i, set) = s.truth(i) + noise * random.normal();
    }
    struct Sums {
        Eigen::MatrixXd sum, sumSquares;
        Eigen::VectorXd squaredError;
    };
    const auto fitSets = [&](int first, int last) {
        Sums sums{Eigen::MatrixXd::Zero(kGridPoints, degrees), Eigen::MatrixXd::Zero(kGridPoints, degrees),
                  Eigen::VectorXd::Zero(degrees)};
        Eigen::VectorXd prediction(kGridPoints);
        for (int set = first; set < last; ++set) {
            const Dataset &data = train[std::size_t(set)];
            const PolynomialFitter fitter(data.x, data.y, maxDegree, lambda);
            for (int d = 0; d <= maxDegree; ++d) {
                prediction.noalias() = gridDesign.leftCols(d + 1) * fitter.coefficients(d);
                sums.sum.col(d) += prediction;
                sums.sumSquares.col(d) += prediction.cwiseAbs2();
                sums.squaredError(d) += (prediction - fresh.col(set)).squaredNorm();
                if (set < shown) // each set writes its own column
                    s.shownFits[std::size_t(d)].col(set) = prediction;
            }
        }
        return sums;
    };
    const int half = datasets / 2;
    auto second = std::async(std::launch::async, fitSets, half, datasets);
    const Sums first = fitSets(0, half);
    const Sums rest = second.get();
    s.sum = first.sum + rest.sum;
    s.sumSquares = first.sumSquares + rest.sumSquares;
    s.squaredError = first.squaredError + rest.squaredError;
    return s;
}

ConceptResult BiasVarianceModel::compute(const ParamMap &values) const
{
    ConceptResult result;
    result.params = spec().resolve(values);
    const auto &p = result.params;
    const int datasets = integerParam(p, "datasets");
    const int degree = integerParam(p, "degree");
    const double noise = numberParam(p, "noise");
    const Simulation &sim = simulate(p);
    const int maxDegree = sim.maxDegree;
    const auto &gridX = sim.gridX;
    const Eigen::VectorXd &truth = sim.truth;
    const Eigen::MatrixXd &sum = sim.sum;
    const Eigen::MatrixXd &sumSquares = sim.sumSquares;
    const Eigen::VectorXd &squaredError = sim.squaredError;
    const Eigen::MatrixXd &shownFits = sim.shownFits[std::size_t(degree)];
    const int shown = int(shownFits.cols());

    const double count = datasets;
    Series &bias2 = result.series["bias2"];
    Series &variance = result.series["variance"];
    Series &noiseSeries = result.series["noise"];
    Series &total = result.series["total"];
    Series &expected = result.series["expected_mse"];
    int bestDegree = 0;
    double bestMse = 0.0;
    for (int d = 0; d <= maxDegree; ++d) {
        const Eigen::VectorXd mean = sum.col(d) / count;
        const double b = (mean - truth).squaredNorm() / kGridPoints;
        // E[ŷ²] − ȳ², clamped: rounding can make a zero variance a hair negative.
        const double v = std::max(0.0, (sumSquares.col(d) / count - mean.cwiseAbs2()).mean());
        const double mse = squaredError(d) / (count * kGridPoints);
        bias2.add({double(d), b});
        variance.add({double(d), v});
        noiseSeries.add({double(d), noise * noise});
        total.add({double(d), b + v + noise * noise});
        expected.add({double(d), mse});
        if (d == 0 || mse < bestMse) {
            bestMse = mse;
            bestDegree = d;
        }
        if (d == degree) {
            result.metrics["bias2"] = b;
            result.metrics["variance"] = v;
            result.metrics["noise"] = noise * noise;
            result.metrics["total"] = b + v + noise * noise;
            result.metrics["expected_mse"] = mse;
            Series &meanFit = result.series["mean_fit"];
            Series &truthSeries = result.series["truth"];
            Series &fits = result.series["fits"];
            fits.columns = shown + 1;
            for (int i = 0; i < kGridPoints; ++i) {
                meanFit.add({gridX[std::size_t(i)], mean(i)});
                truthSeries.add({gridX[std::size_t(i)], truth(i)});
                fits.data.push_back(gridX[std::size_t(i)]);
                for (int s = 0; s < shown; ++s)
                    fits.data.push_back(shownFits(i, s));
            }
        }
    }
    result.metrics["best_degree"] = bestDegree;
    result.metrics["best_expected_mse"] = bestMse;
    return result;
}

} // namespace loopcraft::concepts
