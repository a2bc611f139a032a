#pragma once

namespace loopcraft::startuptrace {

// Start-up milestones, printed to stderr only when LOOPCRAFT_STARTUP_TRACE is set: one line per
// mark, "startup NAME MS ms WALL ns PEAK KiB", with the milliseconds since main() began, the wall
// clock (system clock, ns since the epoch) so a launcher that noted the clock before starting the
// process can measure start-to-first-paint, loading included, and the peak resident memory so far.
bool enabled();
void markMainEntered(); // call first thing in main(); starts the in-process clock
void mark(const char *milestone);

} // namespace loopcraft::startuptrace
