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

// This process's own peak. Linux's VmHWM belongs to the address space, so it starts afresh at
// exec; getrusage's ru_maxrss carries over the launcher's peak (a benchmark holding 800 MiB
// would be blamed on us), so it is only the fallback.
long peakResidentKiB()
{
    if (std::FILE *status = std::fopen("/proc/self/status", "r")) {
        char line[256];
        long kib = -1;
        while (std::fgets(line, sizeof line, status))
            if (std::sscanf(line, "VmHWM: %ld kB", &kib) == 1)
                break;
        std::fclose(status);
        if (kib >= 0)
            return kib;
    }
#ifdef Q_OS_UNIX
    rusage usage{};
    if (getrusage(RUSAGE_SELF, &usage) == 0)
        return usage.ru_maxrss;
#endif
    return 0;
}

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
    const long peakKiB = peakResidentKiB();
    std::fprintf(stderr, "startup %s %.3f ms %lld ns %ld KiB\n", milestone, sinceMain.count(),
                 static_cast<long long>(wall.count()), peakKiB);
}

} // namespace loopcraft::startuptrace
