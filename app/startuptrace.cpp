#include "startuptrace.h"

#include <chrono>
#include <cstdio>
#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace loopcraft::startuptrace {

namespace {

std::chrono::steady_clock::time_point mainEntered;

} // namespace

bool enabled()
{
    static const bool on = !qEnvironmentVariableIsEmpty("LOOPCRAFT_STARTUP_TRACE");
    return on;
}

void markMainEntered()
{
    mainEntered = std::chrono::steady_clock::now();
    mark("main");
}

void mark(const char *milestone)
{
    if (!enabled())
        return;
    const auto sinceMain = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - mainEntered);
    const auto wall = std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch());
    long peakKiB = 0;
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        peakKiB = usage.ru_maxrss;
#endif
    std::fprintf(stderr, "startup %s %.3f ms %lld ns %ld KiB\n", milestone, sinceMain.count(),
                 static_cast<long long>(wall.count()), peakKiB);
}

} // namespace loopcraft::startuptrace
