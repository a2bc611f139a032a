#include "concepts/surface.h"

namespace loopcraft::concepts {

const std::vector<std::string> &Surface::ids()
{
    static const std::vector<std::string> list{"quadratic", "rosenbrock", "himmelblau", "beale", "saddle"};
    return list;
}

std::optional<Surface::Kind> Surface::kindFromId(const std::string &id)
{
    for (std::size_t i = 0; i < ids().size(); ++i)
        if (ids()[i] == id)
            return static_cast<Kind>(i);
    return std::nullopt;
}

std::string Surface::id() const
{
    return ids()[static_cast<std::size_t>(m_kind)];
}

double Surface::value(double x, double y) const
{
    switch (m_kind) {
    case Kind::Quadratic:
        return 0.5 * (x * x + m_condition * y * y);
    case Kind::Rosenbrock: {
        const double a = 1.0 - x;
        const double b = y - x * x;
        return a * a + 100.0 * b * b;
    }
    case Kind::Himmelblau: {
        const double a = x * x + y - 11.0;
        const double b = x + y * y - 7.0;
        return a * a + b * b;
    }
    case Kind::Beale: {
        const double a = 1.5 - x + x * y;
        const double b = 2.25 - x + x * y * y;
        const double c = 2.625 - x + x * y * y * y;
        return a * a + b * b + c * c;
    }
    case Kind::Saddle:
        return x * x - y * y;
    }
    return 0.0;
}

std::array<double, 2> Surface::gradient(double x, double y) const
{
    switch (m_kind) {
    case Kind::Quadratic:
        return {x, m_condition * y};
    case Kind::Rosenbrock: {
        const double b = y - x * x;
        return {-2.0 * (1.0 - x) - 400.0 * x * b, 200.0 * b};
    }
    case Kind::Himmelblau: {
        const double a = x * x + y - 11.0;
        const double b = x + y * y - 7.0;
        return {4.0 * x * a + 2.0 * b, 2.0 * a + 4.0 * y * b};
    }
    case Kind::Beale: {
        const double y2 = y * y;
        const double y3 = y2 * y;
        const double a = 1.5 - x + x * y;
        const double b = 2.25 - x + x * y2;
        const double c = 2.625 - x + x * y3;
        return {2.0 * a * (y - 1.0) + 2.0 * b * (y2 - 1.0) + 2.0 * c * (y3 - 1.0),
                2.0 * a * x + 4.0 * b * x * y + 6.0 * c * x * y2};
    }
    case Kind::Saddle:
        return {2.0 * x, -2.0 * y};
    }
    return {0.0, 0.0};
}

double Surface::valueAndGradient(double x, double y, std::array<double, 2> &g) const
{
    switch (m_kind) {
    case Kind::Quadratic:
        g = {x, m_condition * y};
        return 0.5 * (x * x + m_condition * y * y);
    case Kind::Rosenbrock: {
        const double a = 1.0 - x;
        const double b = y - x * x;
        g = {-2.0 * a - 400.0 * x * b, 200.0 * b};
        return a * a + 100.0 * b * b;
    }
    case Kind::Saddle:
        g = {2.0 * x, -2.0 * y};
        return x * x - y * y;
    default:
        g = gradient(x, y);
        return value(x, y);
    }
}

Surface::Domain Surface::domain() const
{
    switch (m_kind) {
    case Kind::Quadratic:
        return {-5.0, 5.0, -5.0, 5.0};
    case Kind::Rosenbrock:
        return {-2.0, 2.0, -1.0, 3.0};
    case Kind::Himmelblau:
        return {-5.0, 5.0, -5.0, 5.0};
    case Kind::Beale:
        return {-4.5, 4.5, -4.5, 4.5};
    case Kind::Saddle:
        return {-2.5, 2.5, -2.5, 2.5};
    }
    return {-5.0, 5.0, -5.0, 5.0};
}

std::optional<double> Surface::minimumValue() const
{
    if (m_kind == Kind::Saddle)
        return std::nullopt;
    return 0.0;
}

} // namespace loopcraft::concepts
