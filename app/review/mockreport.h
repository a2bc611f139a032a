#pragma once

#include "mockround.h"

#include <vector>

namespace loopcraft {

// A whole loop as saved in mock-history.json.
struct MockReport {
    QString id;             // the start time as text; unique per user
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    std::vector<MockRound> rounds;

    double average() const;  // over scored rounds
    bool operator==(const MockReport &) const = default;
};

} // namespace loopcraft
