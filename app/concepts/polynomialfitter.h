#pragma once

#include <Eigen/Dense>
#include <vector>

namespace loopcraft::concepts {

// Least-squares polynomials of every degree 0..maxDegree for one data set, from a single Householder
// QR (never the normal equations). Inputs on [0, 1] are mapped to t = 2x − 1 ∈ [-1, 1] for
// conditioning, and the basis is ordered by degree, so the leading (d+1)×(d+1) block of R solves
// the degree-d problem: one factorisation serves the whole error-versus-degree curve.
// An L2 penalty λ on the non-constant coefficients enters as extra rows √λ·I (ridge as an
// augmented least-squares system). Rank-deficient fits (more coefficients than points) fall back
// to the minimum-norm solution of a complete orthogonal decomposition.
class PolynomialFitter {
public:
    PolynomialFitter(const std::vector<double> &x, const std::vector<double> &y, int maxDegree, double lambda);

    int maxDegree() const { return m_maxDegree; }
    // Coefficients of the degree-d fit in powers of t = 2x − 1.
    Eigen::VectorXd coefficients(int degree) const;
    // Mean squared error of the degree-d fit on its own training points.
    double trainingError(const Eigen::VectorXd &coefficients) const;

    static double evaluate(const Eigen::VectorXd &coefficients, double x);
    // Rows t_i^0 .. t_i^maxDegree for each x_i (t = 2x − 1).
    static Eigen::MatrixXd vandermonde(const std::vector<double> &x, int maxDegree);

private:
    int m_maxDegree;
    double m_lambda;
    Eigen::MatrixXd m_design;  // n × (maxDegree + 1)
    Eigen::VectorXd m_target;
    Eigen::MatrixXd m_r;       // the R factor's leading square block
    Eigen::VectorXd m_qtb;     // Qᵀb, leading entries
    int m_solvable = 0;        // degrees 0..m_solvable-1 have a well-conditioned leading block
};

} // namespace loopcraft::concepts
