#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <random>

namespace loopcraft::concepts {

// A seeded generator whose draws are identical on every platform and standard library:
// std::uniform_real_distribution / std::normal_distribution are implementation-defined, so the
// uniform comes straight from the 64-bit engine and the normal from Box–Muller.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    double uniform() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }  // [0, 1)

    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double u1 = 1.0 - uniform();  // (0, 1]: log is finite
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        const double angle = 2.0 * std::numbers::pi * u2;
        m_spare = radius * std::sin(angle);
        m_hasSpare = true;
        return radius * std::cos(angle);
    }

private:
    std::mt19937_64 m_engine;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace loopcraft::concepts
