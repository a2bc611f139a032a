#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace loopcraft {

// Anki's four answers; the numbers are FSRS's G.
enum class Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };
enum class CardState { New = 0, Learning = 1, Review = 2, Relearning = 3 };

QString cardStateId(CardState state);  // "new", "learning", "review", "relearning"
std::optional<CardState> cardStateFromId(const QString &id);
std::optional<Rating> ratingFromInt(long long value);

// The review state of one question: what FSRS remembers about it. Times are milliseconds
// since the epoch (UTC) so queues over 100k cards compare plain integers.
struct ReviewCard {
    QString questionId;
    CardState state = CardState::New;
    int step = 0;              // index into the (re)learning steps while in Learning/Relearning
    double stability = 0.0;    // days; 0 while New
    double difficulty = 0.0;   // 1..10; 0 while New
    qint64 dueMs = 0;          // 0 while New
    qint64 lastReviewMs = 0;   // 0 while New
    int reps = 0;
    int lapses = 0;
    int scheduledDays = 0;     // the interval in whole days once in Review, else 0

    bool operator==(const ReviewCard &) const = default;
};

} // namespace loopcraft
