// Practice room budgets: the due queue over 100k cards (≤ 20 ms) and one rating — schedule,
// log append, save — with 100k answers in the history (≤ 5 ms).
#include "library/questionbank.h"
#include "library/searchindex.h"
#include "review/reviewstore.h"
#include "review/studysession.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace loopcraft;

namespace {

constexpr qint64 kDay = 86'400'000;
constexpr qint64 kStart = 1'767'225'600'000;  // 2026-01-01

// A data folder with `cards` cards and `answers` log entries, written the way the store writes.
void seedFolder(const QString &directory, int cards, int answers)
{
    SchedulerSettings settings;
    settings.fuzzSeed = 5;
    const Scheduler scheduler(settings);
    std::vector<ReviewCard> state(static_cast<std::size_t>(cards));
    QFile log(QDir(directory).filePath(QStringLiteral("review-log.jsonl")));
    log.open(QIODevice::WriteOnly);
    std::string buffer;
    for (int i = 0; i < answers; ++i) {
        const auto c = static_cast<std::size_t>(i % cards);
        ReviewCard &card = state[c];
        if (card.questionId.isEmpty())
            card.questionId = QStringLiteral("q%1").arg(i % cards);
        const qint64 now = kStart + qint64(i / cards) * 3 * kDay + qint64(c) * 1000;
        const ReviewOutcome out = scheduler.review(card, (i * 7) % 10 == 0 ? Rating::Again : Rating::Good, now);
        card = out.card;
        buffer += ReviewStore::logEntryToJson(out.log).dump();
        buffer += '\n';
    }
    log.write(buffer.data(), qint64(buffer.size()));
    log.close();
    ReviewStore store(directory);
    store.load();  // replays the log into cards
    store.save();
}

} // namespace

// Due queue: every card's due time compared and the due ones sorted, most overdue first
// (what a study session starts from; here all 100k cards are due, the worst case).
static void BM_DueQueue(benchmark::State &state)
{
    QTemporaryDir dir;
    const int cards = int(state.range(0));
    seedFolder(dir.path(), cards, cards);
    ReviewStore store(dir.path());
    store.load();
    const qint64 now = kStart + 60 * kDay;
    for (auto _ : state) {
        const auto queue = store.dueCards(now);
        benchmark::DoNotOptimize(queue.data());
    }
    state.counters["due"] = double(store.dueCards(now).size());
}
BENCHMARK(BM_DueQueue)->Arg(100000)->Unit(benchmark::kMillisecond);

// One rating as the app does it: schedule + append to the log (flushed and fdatasync'd). The
// card-state snapshot is saved after a debounce, measured separately below.
static void BM_Rating(benchmark::State &state)
{
    QTemporaryDir dir;
    seedFolder(dir.path(), 2000, int(state.range(0)));
    ReviewStore store(dir.path());
    store.load();
    qint64 now = kStart + 400 * kDay;
    int i = 0;
    for (auto _ : state) {
        benchmark::DoNotOptimize(store.rate(QStringLiteral("q%1").arg(i++ % 2000), Rating::Good, now += 1000));
    }
    state.counters["log"] = double(store.log().size());
}
BENCHMARK(BM_Rating)->Arg(100000)->Unit(benchmark::kMillisecond);

// The debounced snapshot of card states (progress.json via JsonStore: backup + atomic write).
static void BM_ProgressSnapshot(benchmark::State &state)
{
    QTemporaryDir dir;
    seedFolder(dir.path(), int(state.range(0)), int(state.range(0)));
    ReviewStore store(dir.path());
    store.load();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.save());
}
BENCHMARK(BM_ProgressSnapshot)->Arg(2000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The rejected design, for the record: the whole history in one JsonStore document, saved
// after every rating.
static void BM_RatingWholeDocument(benchmark::State &state)
{
    QTemporaryDir dir;
    JsonStore file(dir.filePath(QStringLiteral("progress.json")), 1);
    nlohmann::json document;
    auto &log = document["log"] = nlohmann::json::array();
    ReviewLogEntry entry;
    entry.card.questionId = QStringLiteral("q1");
    for (int i = 0; i < state.range(0); ++i)
        log.push_back(ReviewStore::logEntryToJson(entry));
    for (auto _ : state) {
        document["log"].push_back(ReviewStore::logEntryToJson(entry));
        benchmark::DoNotOptimize(file.save(document));
    }
}
BENCHMARK(BM_RatingWholeDocument)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(5);

// Loading a long history: progress.json plus 100k log lines, at start-up.
static void BM_ReviewStoreLoad(benchmark::State &state)
{
    QTemporaryDir dir;
    seedFolder(dir.path(), 2000, int(state.range(0)));
    for (auto _ : state) {
        ReviewStore store(dir.path());
        store.load();
        benchmark::DoNotOptimize(store.log().size());
    }
}
BENCHMARK(BM_ReviewStoreLoad)->Arg(100000)->Unit(benchmark::kMillisecond);

// What the Library's is:due / prop:ivl filters cost: one studyState() per question.
static void BM_StudyStateLookup(benchmark::State &state)
{
    QTemporaryDir dir;
    const int cards = int(state.range(0));
    seedFolder(dir.path(), cards, cards);
    ReviewStore store(dir.path());
    store.load();
    store.setClock([] { return kStart + 30 * kDay; });
    QStringList ids;
    for (int i = 0; i < cards; ++i)
        ids << QStringLiteral("q%1").arg(i);
    for (auto _ : state) {
        int due = 0;
        for (const QString &id : ids)
            due += store.studyState(id).due;
        benchmark::DoNotOptimize(due);
    }
}
BENCHMARK(BM_StudyStateLookup)->Arg(100000)->Unit(benchmark::kMillisecond);

// A saved search as a Flashcards scope over the shipped bank: run the query (text, a category
// and a review-state condition) and collect the ids. /0 indexes the bank every time, /1 reuses
// an index built once, as the Flashcards view does until the bank changes.
static void BM_StudyScopeResolve(benchmark::State &state)
{
    QuestionBank shipped;
    shipped.loadShipped();
    QTemporaryDir dir;
    ReviewStore store(dir.path());
    store.load();
    SearchContext context;
    context.studyState = &store;
    SearchIndex kept;
    kept.build(shipped.questions());
    const SearchIndex *index = state.range(0) == 1 ? &kept : nullptr;
    for (auto _ : state) {
        StudyScope scope{StudyScope::Kind::Search, QStringLiteral("gradient cat:fundamentals is:new")};
        scope.resolve(shipped, context, index);
        benchmark::DoNotOptimize(scope.resolved->size());
    }
    state.counters["questions"] = double(shipped.questions().size());
}
BENCHMARK(BM_StudyScopeResolve)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
