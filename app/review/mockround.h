#pragma once

#include <QString>
#include <QStringList>
#include <array>

namespace loopcraft {

// The five rounds of an Amazon-style ML loop.
enum class RoundKind { Breadth, Depth, SystemDesign, Coding, Behavioural };

// How many questions a round asks and how long each may take.
struct MockRoundPlan {
    RoundKind kind = RoundKind::Breadth;
    bool enabled = true;
    int questionCount = 2;
    int minutesPerQuestion = 5;
    bool operator==(const MockRoundPlan &) const = default;
};

// One round as it was run: the questions drawn, time used and the user's self-score on the
// rubric (1–4 per dimension, 0 while not scored).
struct MockRound {
    RoundKind kind = RoundKind::Breadth;
    QStringList questionIds;
    int minutesPerQuestion = 5;
    qint64 secondsUsed = 0;
    std::array<int, 4> scores{};
    QString notes;

    double average() const;  // mean of the scored dimensions, 0 when none
    bool operator==(const MockRound &) const = default;
};

} // namespace loopcraft
