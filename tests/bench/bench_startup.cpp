// Process start to first painted frame of `loopcraft --page P --screenshot`, offscreen (budget:
// 100 ms and 80 MiB). The app prints the wall clock of its first frame when LOOPCRAFT_STARTUP_TRACE
// is set; the launch clock is read here just before the process is started, so loading and
// linking the binary count too.
#include <benchmark/benchmark.h>

#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>

namespace {

const char *const kPages[] = {"library", "practice", "concepts", "stories"};

struct Launch {
    double firstPaintMs = -1; // from launch
    double inProcessMs = -1;  // from main()
    double peakMiB = 0;       // peak resident memory of the whole run, screenshot included
};

Launch launchOnce(const QString &dataDir, const QString &page)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LOOPCRAFT_STARTUP_TRACE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    const auto launched = std::chrono::system_clock::now();
    process.start(QStringLiteral(LOOPCRAFT_BINARY),
                  {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--page"), page,
                   QStringLiteral("--theme"), QStringLiteral("light"), QStringLiteral("--screenshot"),
                   dataDir + QStringLiteral("/startup.png")});
    process.waitForFinished(30000);
    static const QRegularExpression firstPaint(
        QStringLiteral("^startup first-paint ([0-9.]+) ms ([0-9]+) ns"), QRegularExpression::MultilineOption);
    static const QRegularExpression finished(
        QStringLiteral("^startup screenshot [0-9.]+ ms [0-9]+ ns ([0-9]+) KiB"), QRegularExpression::MultilineOption);
    const QString trace = QString::fromUtf8(process.readAllStandardError());
    const auto painted = firstPaint.match(trace);
    const auto done = finished.match(trace);
    Launch launch;
    if (!painted.hasMatch() || !done.hasMatch() || process.exitCode() != 0)
        return launch;
    const std::chrono::nanoseconds paintedAt(painted.captured(2).toLongLong());
    launch.firstPaintMs = std::chrono::duration<double, std::milli>(
                              paintedAt - launched.time_since_epoch()).count();
    launch.inProcessMs = painted.captured(1).toDouble();
    launch.peakMiB = done.captured(1).toDouble() / 1024.0;
    return launch;
}

void BM_StartupToFirstPaint(benchmark::State &state)
{
    const QString page = QString::fromLatin1(kPages[state.range(0)]);
    state.SetLabel(page.toStdString());
    QTemporaryDir dataDir;
    launchOnce(dataDir.path(), page); // the first run creates the data folder
    double inProcess = 0;
    double peakMiB = 0;
    for (auto _ : state) {
        const Launch launch = launchOnce(dataDir.path(), page);
        if (launch.firstPaintMs < 0) {
            state.SkipWithError("loopcraft did not report its first frame");
            return;
        }
        state.SetIterationTime(launch.firstPaintMs / 1000.0);
        inProcess += launch.inProcessMs;
        peakMiB = std::max(peakMiB, launch.peakMiB);
    }
    state.counters["from_main_ms"] = inProcess / double(state.iterations());
    state.counters["peak_rss_MiB"] = peakMiB;
}

} // namespace

BENCHMARK(BM_StartupToFirstPaint)->DenseRange(0, 3)->UseManualTime()->Unit(benchmark::kMillisecond);
