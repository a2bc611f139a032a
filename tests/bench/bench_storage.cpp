#include "library/questionbank.h"
#include "storage/jsonstore.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

using namespace loopcraft;

// The shipped bank, parsed and validated from the compiled-in resources (budget: 20 ms). Wall
// time: the decks are parsed on several threads.
static void BM_ContentLoad(benchmark::State &state)
{
    for (auto _ : state) {
        QuestionBank bank;
        bank.loadShipped();
        benchmark::DoNotOptimize(bank.questions().size());
    }
}
BENCHMARK(BM_ContentLoad)->UseRealTime()->Unit(benchmark::kMillisecond);

// An atomic save with backup rotation of a document of N entries.
static void BM_JsonStoreSave(benchmark::State &state)
{
    QTemporaryDir dir;
    JsonStore store(dir.filePath(QStringLiteral("bench.json")), 1);
    nlohmann::json document;
    for (int i = 0; i < state.range(0); ++i)
        document["items"].push_back({{"id", i}, {"text", "A few words of user text for each entry."}});
    for (auto _ : state)
        benchmark::DoNotOptimize(store.save(document));
}
BENCHMARK(BM_JsonStoreSave)->Arg(1000)->Unit(benchmark::kMillisecond);
