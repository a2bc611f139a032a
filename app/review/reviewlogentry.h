#pragma once

#include "reviewcard.h"

namespace loopcraft {

// One answer in the review history: what was rated when, and where it sent the card. `card`
// is the state after the answer, so the log alone can rebuild every card.
struct ReviewLogEntry {
    qint64 timeMs = 0;
    Rating rating = Rating::Good;
    int elapsedDays = 0;        // whole days since the previous review (0 for a new card)
    CardState before = CardState::New;
    CardState after = CardState::New;
    int scheduledDays = 0;      // the interval it was given, 0 for (re)learning steps
    ReviewCard card;

    const QString &questionId() const { return card.questionId; }
    bool operator==(const ReviewLogEntry &) const = default;
};

} // namespace loopcraft
