#include "concepts/polynomialfitter.h"

#include <algorithm>
#include <cmath>

namespace loopcraft::concepts {

Eigen::MatrixXd PolynomialFitter::vandermonde(const std::vector<double> &x, int maxDegree)
{
    Eigen::MatrixXd v(static_cast<Eigen::Index>(x.size()), maxDegree + 1);
    for (Eigen::Index i = 0; i < v.rows(); ++i) {
        const double t = 2.0 * x[static_cast<std::size_t>(i)] - 1.0;
        double power = 1.0;
        for (int j = 0; j <= maxDegree; ++j) {
            v(i, j) = power;
            power *= t;
        }
    }
    return v;
}

PolynomialFitter::PolynomialFitter(const std::vector<double> &x, const std::vector<double> &y, int maxDegree,
                                   double lambda)
    : m_maxDegree(std::max(0, maxDegree)), m_lambda(std::max(0.0, lambda))
{
    const auto n = static_cast<Eigen::Index>(x.size());
    const Eigen::Index columns = m_maxDegree + 1;
    m_design = vandermonde(x, m_maxDegree);
    m_target = Eigen::Map<const Eigen::VectorXd>(y.data(), n);

    // Ridge rows: √λ on every non-constant coefficient. Columns beyond degree d only add zero rows
    // to the degree-d sub-problem, so the leading-block property survives.
    const Eigen::Index penaltyRows = m_lambda > 0.0 ? columns - 1 : 0;
    Eigen::MatrixXd a(n + penaltyRows, columns);
    a.topRows(n) = m_design;
    Eigen::VectorXd b = Eigen::VectorXd::Zero(n + penaltyRows);
    b.head(n) = m_target;
    if (penaltyRows > 0) {
        a.bottomRows(penaltyRows).setZero();
        const double root = std::sqrt(m_lambda);
        for (Eigen::Index j = 1; j < columns; ++j)
            a(n + j - 1, j) = root;
    }
    if (a.rows() == 0)
        return;

    Eigen::HouseholderQR<Eigen::MatrixXd> qr(a);
    const Eigen::Index k = std::min(a.rows(), columns);
    b.applyOnTheLeft(qr.householderQ().adjoint());
    m_qtb = b.head(k);
    m_r = qr.matrixQR().topLeftCorner(k, k).triangularView<Eigen::Upper>();

    // A tiny pivot means that degree's columns are (numerically) dependent on the earlier ones.
    const double scale = std::max(1e-300, std::abs(m_r(0, 0)));
    m_solvable = 0;
    while (m_solvable < k && std::abs(m_r(m_solvable, m_solvable)) > 1e-11 * scale)
        ++m_solvable;
}

Eigen::VectorXd PolynomialFitter::coefficients(int degree) const
{
    degree = std::clamp(degree, 0, m_maxDegree);
    const Eigen::Index size = degree + 1;
    if (m_target.size() == 0)
        return Eigen::VectorXd::Zero(size);
    if (size <= m_solvable)
        return m_r.topLeftCorner(size, size).triangularView<Eigen::Upper>().solve(m_qtb.head(size));

    // Under-determined or degenerate: the minimum-norm solution, the fit an SVD would give.
    const auto n = m_design.rows();
    const Eigen::Index penaltyRows = m_lambda > 0.0 ? size - 1 : 0;
    Eigen::MatrixXd a(n + penaltyRows, size);
    a.topRows(n) = m_design.leftCols(size);
    Eigen::VectorXd b = Eigen::VectorXd::Zero(n + penaltyRows);
    b.head(n) = m_target;
    if (penaltyRows > 0) {
        a.bottomRows(penaltyRows).setZero();
        for (Eigen::Index j = 1; j < size; ++j)
            a(n + j - 1, j) = std::sqrt(m_lambda);
    }
    return Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd>(a).solve(b);
}

double PolynomialFitter::trainingError(const Eigen::VectorXd &coefficients) const
{
    if (m_target.size() == 0)
        return 0.0;
    const Eigen::VectorXd residual = m_design.leftCols(coefficients.size()) * coefficients - m_target;
    return residual.squaredNorm() / static_cast<double>(m_target.size());
}

double PolynomialFitter::evaluate(const Eigen::VectorXd &coefficients, double x)
{
    const double t = 2.0 * x - 1.0;
    double value = 0.0;
    for (Eigen::Index j = coefficients.size() - 1; j >= 0; --j)
        value = value * t + coefficients(j);
    return value;
}

} // namespace loopcraft::concepts
