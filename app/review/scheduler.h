#pragma once

#include "fsrs.h"
#include "reviewlogentry.h"
#include "schedulersettings.h"

#include <QString>
#include <array>

namespace loopcraft {

// What one answer does: the card's new state and the history entry that records it.
struct ReviewOutcome {
    ReviewCard card;
    ReviewLogEntry log;
};

// FSRS-6 scheduling as py-fsrs does it: learning and relearning steps, same-day reviews,
// intervals for the desired retention, seedable fuzz. Pure: the same card, answer and time
// always give the same outcome, which keeps tests and the answer buttons' previews exact.
class Scheduler {
public:
    static constexpr qint64 kDayMs = 86'400'000;

    explicit Scheduler(SchedulerSettings settings = {}, Fsrs fsrs = Fsrs());

    const SchedulerSettings &settings() const { return m_settings; }
    const Fsrs &fsrs() const { return m_fsrs; }

    ReviewOutcome review(const ReviewCard &card, Rating rating, qint64 nowMs) const;
    // Milliseconds from now until the card would be due after each answer (Again..Easy).
    std::array<qint64, 4> preview(const ReviewCard &card, qint64 nowMs) const;
    // Chance of recall now; 0 for a new card.
    double retrievability(const ReviewCard &card, qint64 nowMs) const;

    // The fuzzed interval for a card leaving with this many reps (exposed for tests).
    int fuzzedInterval(int days, const QString &questionId, int reps) const;
    // Interval ranges for fuzz: ±15 % of the part in 2.5–7 days, ±10 % in 7–20, ±5 % above 20.
    static std::pair<int, int> fuzzRange(int days, int maximumInterval);

    // "45s", "10m", "3h", "4d", "2.5mo", "1.2y" — what Anki shows on its buttons.
    static QString formatInterval(qint64 milliseconds);

private:
    qint64 stepMs(const QList<int> &steps, int step, Rating rating) const;
    SchedulerSettings m_settings;
    Fsrs m_fsrs;
};

} // namespace loopcraft
