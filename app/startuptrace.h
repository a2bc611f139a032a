#pragma once

namespace loopcraft::startuptrace {

// Start-up milestones, printed to stderr only when LOOPCRAFT_STARTUP_TRACE is set: one line per
// mark with the milliseconds since main() began and the wall clock (CLOCK_REALTIME, ns), so a
// launcher that noted the clock before exec() can measure start-to-first-paint, loading included.
bool enabled();
void markMainEntered(); // call first thing in main(); starts the in-process clock
void mark(const char *milestone);

} // namespace loopcraft::startuptrace
