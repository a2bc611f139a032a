#pragma once

#include <QList>
#include <QtGlobal>

namespace loopcraft {

// The user's scheduling choices; the defaults are py-fsrs's.
struct SchedulerSettings {
    static constexpr double kMinimumRetention = 0.70;
    static constexpr double kMaximumRetention = 0.97;

    double desiredRetention = 0.90;
    QList<int> learningStepsSeconds{60, 600};
    QList<int> relearningStepsSeconds{600};
    int maximumInterval = 36500;
    bool fuzz = true;
    quint64 fuzzSeed = 0;  // the same seed, card and history always give the same interval

    static double clampRetention(double r) { return qBound(kMinimumRetention, r, kMaximumRetention); }
    bool operator==(const SchedulerSettings &) const = default;
};

} // namespace loopcraft
