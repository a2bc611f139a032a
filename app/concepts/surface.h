#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace loopcraft::concepts {

// A 2-D loss surface with its analytic gradient, the terrain the optimizers walk on.
class Surface {
public:
    enum class Kind { Quadratic, Rosenbrock, Himmelblau, Beale, Saddle };
    struct Domain {
        double xMin, xMax, yMin, yMax;
    };

    explicit Surface(Kind kind = Kind::Rosenbrock, double condition = 10.0) : m_kind(kind), m_condition(condition) {}

    static const std::vector<std::string> &ids();  // "quadratic", "rosenbrock", ...
    static std::optional<Kind> kindFromId(const std::string &id);
    std::string id() const;

    Kind kind() const { return m_kind; }
    double condition() const { return m_condition; }

    double value(double x, double y) const;
    std::array<double, 2> gradient(double x, double y) const;
    // Both at once: what an optimizer step needs at each new point, for half the calls.
    double valueAndGradient(double x, double y, std::array<double, 2> &gradient) const;
    // The region worth looking at, and the lowest value (none for the unbounded saddle).
    Domain domain() const;
    std::optional<double> minimumValue() const;

private:
    Kind m_kind;
    double m_condition;  // κ of the quadratic: 0.5·(x² + κ·y²)
};

} // namespace loopcraft::concepts
