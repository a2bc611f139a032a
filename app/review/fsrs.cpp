#include "fsrs.h"

#include <algorithm>
#include <cmath>

namespace loopcraft {

namespace {

double clampDifficulty(double d) { return std::clamp(d, 1.0, 10.0); }
double g(Rating rating) { return static_cast<double>(static_cast<int>(rating)); }

} // namespace

const Fsrs::Weights &Fsrs::defaultWeights()
{
    static const Weights w{0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194,
                           0.001,  1.8722, 0.1666, 0.796,  1.4835, 0.0614, 0.2629,
                           1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    return w;
}

Fsrs::Fsrs(const Weights &weights) : m_w(weights), m_factor(std::pow(0.9, -1.0 / weights[20]) - 1.0) {}

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    if (stability <= 0.0)
        return 0.0;
    return std::pow(1.0 + m_factor * std::max(0.0, elapsedDays) / stability, -m_w[20]);
}

double Fsrs::rawInterval(double stability, double desiredRetention) const
{
    return stability / m_factor * (std::pow(desiredRetention, -1.0 / m_w[20]) - 1.0);
}

int Fsrs::nextInterval(double stability, double desiredRetention, int maximumInterval) const
{
    const double days = std::round(rawInterval(stability, desiredRetention));
    return static_cast<int>(std::clamp(days, 1.0, static_cast<double>(std::max(1, maximumInterval))));
}

double Fsrs::initialStability(Rating rating) const
{
    return std::max(kMinimumStability, m_w[static_cast<std::size_t>(static_cast<int>(rating) - 1)]);
}

double Fsrs::initialDifficulty(Rating rating, bool clamp) const
{
    const double d = m_w[4] - std::exp(m_w[5] * (g(rating) - 1.0)) + 1.0;
    return clamp ? clampDifficulty(d) : d;
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    const double delta = -m_w[6] * (g(rating) - 3.0);
    const double damped = difficulty + delta * (10.0 - difficulty) / 9.0;
    const double reverted = m_w[7] * initialDifficulty(Rating::Easy, false) + (1.0 - m_w[7]) * damped;
    return clampDifficulty(reverted);
}

double Fsrs::recallStability(double difficulty, double stability, double retrievability, Rating rating) const
{
    const double hard = rating == Rating::Hard ? m_w[15] : 1.0;
    const double easy = rating == Rating::Easy ? m_w[16] : 1.0;
    const double growth = std::exp(m_w[8]) * (11.0 - difficulty) * std::pow(stability, -m_w[9])
                          * (std::exp(m_w[10] * (1.0 - retrievability)) - 1.0) * hard * easy;
    return std::max(kMinimumStability, stability * (1.0 + growth));
}

double Fsrs::forgetStability(double difficulty, double stability, double retrievability) const
{
    const double longTerm = m_w[11] * std::pow(difficulty, -m_w[12]) * (std::pow(stability + 1.0, m_w[13]) - 1.0)
                            * std::exp(m_w[14] * (1.0 - retrievability));
    const double cap = stability / std::exp(m_w[17] * m_w[18]);
    return std::max(kMinimumStability, std::min(longTerm, cap));
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    double increase = std::exp(m_w[17] * (g(rating) - 3.0 + m_w[18])) * std::pow(stability, -m_w[19]);
    if (rating != Rating::Again)
        increase = std::max(increase, 1.0);
    return std::max(kMinimumStability, stability * increase);
}

} // namespace loopcraft
