#pragma once

namespace loopcraft {

// How much a day's study may hold: new cards introduced and reviews answered.
struct SessionLimits {
    int newPerDay = 20;
    int reviewsPerDay = 200;
    bool operator==(const SessionLimits &) const = default;
};

} // namespace loopcraft
