#pragma once

#include <optional>
#include <QList>
#include <QString>
#include <QtGlobal>

namespace loopcraft {

// The user's scheduling choices; the defaults are py-fsrs's.
struct SchedulerSettings {
    static constexpr double kMinimumRetention = 0.70;
    static constexpr double kMaximumRetention = 0.97;

    double desiredRetention = 0.90;
    QList<int> learningStepsSeconds{60, 600};
    QList<int> relearningStepsSeconds{600};
    int maximumInterval = kMaximumIntervalDays; // days
    bool fuzz = true;
    quint64 fuzzSeed = 0;  // the same seed, card and history always give the same interval

    static constexpr int kMaximumSteps = 10;
    static constexpr int kMaximumStepSeconds = 86400;
    static constexpr int kMaximumIntervalDays = 36500;

    static double clampRetention(double r) { return qBound(kMinimumRetention, r, kMaximumRetention); }
    // Steps as the user writes them, "1m 10m" or "30s, 1h": a number and s, m, h or d (minutes
    // when no unit is given). Nothing for text that is not steps, with the reason in *error.
    static std::optional<QList<int>> parseSteps(const QString &text, QString *error = nullptr);
    static QString formatSteps(const QList<int> &seconds); // the shortest unit that is exact
    bool operator==(const SchedulerSettings &) const = default;
};

} // namespace loopcraft
