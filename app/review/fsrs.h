#pragma once

#include "reviewcard.h"

#include <array>

namespace loopcraft {

// The FSRS-6 memory model (../shared/FSRS.md): the pure formulas for retrievability,
// stability, difficulty and intervals. The scheduler decides when to apply which.
class Fsrs {
public:
    using Weights = std::array<double, 21>;
    static constexpr double kMinimumStability = 0.001;

    static const Weights &defaultWeights();
    explicit Fsrs(const Weights &weights = defaultWeights());

    const Weights &weights() const { return m_w; }
    double decay() const { return m_w[20]; }
    double factor() const { return m_factor; }

    // R(t, S) = (1 + factor * t / S)^(-w20); 0.9 at t = S.
    double retrievability(double elapsedDays, double stability) const;
    // S / factor * (r^(-1/w20) - 1), not rounded.
    double rawInterval(double stability, double desiredRetention) const;
    // Rounded, at least 1 day, at most maximumInterval.
    int nextInterval(double stability, double desiredRetention, int maximumInterval) const;

    double initialStability(Rating rating) const;
    // D0(G) = w4 - e^(w5 (G - 1)) + 1; clamped to [1, 10] unless asked for the raw value
    // (the mean-reversion target D0(4) is used raw, as fsrs-rs and py-fsrs do).
    double initialDifficulty(Rating rating, bool clamp = true) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(double difficulty, double stability, double retrievability, Rating rating) const;
    double forgetStability(double difficulty, double stability, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;

private:
    Weights m_w;
    double m_factor;
};

} // namespace loopcraft
