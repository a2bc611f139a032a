#include "library/librarypage.h"
#include "library/questionbank.h"
#include "library/queryparser.h"
#include "library/searchindex.h"
#include "navigator.h"
#include "services.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QTemporaryDir>

#include <QRandomGenerator>
#include <benchmark/benchmark.h>
#include <cmath>
#include <map>
#include <memory>

using namespace loopcraft;

namespace {

// Words that real questions use, so benchmark queries hit realistic posting lists; a long tail
// of made-up words gives the vocabulary a natural (Zipf) shape.
const char *const kCommon[] = {
    "model", "data", "training", "loss", "gradient", "descent", "learning", "rate", "overfitting",
    "regularization", "validation", "cross", "bias", "variance", "feature", "features", "tree", "trees",
    "boosting", "xgboost", "random", "forest", "neural", "network", "layer", "attention", "transformer",
    "embedding", "vector", "matrix", "probability", "bayes", "likelihood", "prior", "posterior", "sample",
    "distribution", "normal", "metric", "precision", "recall", "auc", "roc", "threshold", "class",
    "imbalance", "label", "labels", "batch", "epoch", "optimizer", "adam", "momentum", "dropout", "weight",
    "weights", "decay", "latency", "throughput", "serving", "pipeline", "feature", "store", "ranking",
    "recommendation", "retrieval", "search", "query", "index", "cache", "experiment", "test", "hypothesis",
    "customer", "ownership", "decision", "trade", "off", "interview", "example", "explain", "why", "how",
    "the", "a", "of", "and", "to", "in", "is", "for", "with", "on", "that", "by", "this", "it", "as", "when"};

QString syllableWord(QRandomGenerator &g)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "qua",
                                            "bri", "dor", "fen", "gal", "hux", "jin", "pel", "tor", "wex", "yum"};
    QString word;
    const int n = 2 + int(g.bounded(3));
    for (int i = 0; i < n; ++i)
        word += QLatin1String(syllables[g.bounded(20)]);
    return word;
}

class SyntheticBank {
public:
    explicit SyntheticBank(int count)
    {
        QRandomGenerator g(1234);
        for (const char *w : kCommon)
            m_words << QLatin1String(w);
        while (m_words.size() < 20000)
            m_words << syllableWord(g);
        // Zipf weights: rank r is drawn with probability ~ 1 / r.
        double total = 0.0;
        for (qsizetype r = 0; r < m_words.size(); ++r) {
            total += 1.0 / double(r + 1);
            m_cumulative.push_back(total);
        }
        static const QStringList categories{"fundamentals", "algorithms", "system-design", "coding",
                                            "math", "genai", "behavioral", "process"};
        m_questions.reserve(static_cast<std::size_t>(count));
        for (int i = 0; i < count; ++i) {
            Question q;
            q.category = categories[i % categories.size()];
            q.id = QStringLiteral("%1.q%2").arg(q.category).arg(i);
            q.title = sentence(g, 6);
            q.prompt = sentence(g, 14);
            q.answer = sentence(g, 60) + QStringLiteral("\n\n") + sentence(g, 60);
            q.keyPoints = {sentence(g, 8), sentence(g, 8), sentence(g, 8)};
            q.followUps = {sentence(g, 8), sentence(g, 8)};
            q.tags = {word(g), word(g), word(g)};
            q.difficulty = static_cast<Difficulty>(g.bounded(3));
            m_questions.push_back(std::move(q));
        }
        m_index.build(m_questions);
    }

    const SearchIndex &index() const { return m_index; }
    const std::vector<Question> &questions() const { return m_questions; }

private:
    QString word(QRandomGenerator &g) const
    {
        const double x = g.generateDouble() * m_cumulative.back();
        const auto it = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return m_words[std::min<qsizetype>(it - m_cumulative.begin(), m_words.size() - 1)];
    }
    QString sentence(QRandomGenerator &g, int words) const
    {
        QStringList out;
        for (int i = 0; i < words; ++i)
            out << word(g);
        out.first()[0] = out.first()[0].toUpper();
        return out.join(QLatin1Char(' ')) + QLatin1Char('.');
    }

    QStringList m_words;
    std::vector<double> m_cumulative;
    std::vector<Question> m_questions;
    SearchIndex m_index;
};

const SyntheticBank &bank(int count)
{
    static std::map<int, std::unique_ptr<SyntheticBank>> banks;
    auto &slot = banks[count];
    if (!slot)
        slot = std::make_unique<SyntheticBank>(count);
    return *slot;
}

// What people type: single words, two words, a phrase, a typo, a prefix being typed, filters.
const QStringList &queries()
{
    static const QStringList list{
        QStringLiteral("gradient"),        QStringLiteral("gradient descent"),     QStringLiteral("regularization overfit"),
        QStringLiteral("xgboost"),         QStringLiteral("tag:xgboost"),          QStringLiteral("\"learning rate\""),
        QStringLiteral("transfomer"),      QStringLiteral("cat:coding diff:hard"), QStringLiteral("model -neural"),
        QStringLiteral("optim*"),          QStringLiteral("recom"),                QStringLiteral("the model"),
    };
    return list;
}

} // namespace

// One search over N synthetic questions, cycling through a mix of typical queries (budgets:
// 1 ms median at 1,000 questions, 30 ms at 100,000).
static void BM_Search(benchmark::State &state)
{
    const SearchIndex &index = bank(static_cast<int>(state.range(0))).index();
    const QStringList &mix = queries();
    qsizetype i = 0;
    std::size_t found = 0;
    for (auto _ : state) {
        const SearchResult result = index.search(mix[i++ % mix.size()]);
        found += result.hits.size();
        benchmark::DoNotOptimize(result.hits.data());
    }
    state.counters["hits/query"] = benchmark::Counter(double(found) / double(std::max<qsizetype>(1, i)));
}
BENCHMARK(BM_Search)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true);

// Each query of the mix alone: the slowest one is what a user feels.
static void BM_SearchQuery(benchmark::State &state)
{
    const SearchIndex &index = bank(static_cast<int>(state.range(0))).index();
    const QString query = queries()[state.range(1)];
    state.SetLabel(query.toStdString());
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(query).hits.data());
}
BENCHMARK(BM_SearchQuery)
    ->ArgsProduct({{1000, 100000}, benchmark::CreateDenseRange(0, 11, 1)})
    ->Unit(benchmark::kMillisecond);

// Building the index (start-up and after an import).
static void BM_IndexBuild(benchmark::State &state)
{
    const std::vector<Question> &questions = bank(static_cast<int>(state.range(0))).questions();
    for (auto _ : state) {
        SearchIndex index;
        index.build(questions);
        benchmark::DoNotOptimize(index.vocabularySize());
    }
}
BENCHMARK(BM_IndexBuild)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

// What a keystroke costs in the Library page at N questions: search, list model reset, tree
// counts and the reading pane, for each prefix of "gradient descent" typed one key at a time.
namespace {

struct PageFixture {
    std::unique_ptr<Services> services;
    Navigator navigator;
    std::unique_ptr<LibraryPage> page;
};
std::map<int, std::unique_ptr<PageFixture>> &pageFixtures()
{
    static std::map<int, std::unique_ptr<PageFixture>> fixtures;
    return fixtures;
}

} // namespace

static void BM_LibraryTyping(benchmark::State &state)
{
    static QTemporaryDir dir;
    if (pageFixtures().empty())
        // Widgets must go before the QApplication does; post routines run at its start.
        qAddPostRoutine([] { pageFixtures().clear(); });
    const int n = static_cast<int>(state.range(0));
    auto &fixture = pageFixtures()[n];
    if (!fixture) {
        fixture = std::make_unique<PageFixture>();
        auto &services = fixture->services;
        auto &page = fixture->page;
        services = std::make_unique<Services>(DataDirectory(dir.filePath(QString::number(n))));
        services->questions.addQuestions(bank(n).questions(), QStringLiteral("synthetic"), true);
        page = std::make_unique<LibraryPage>(*services, &fixture->navigator);
        page->resize(1100, 760);
        page->waitForIndex();
    }
    LibraryPage *page = fixture->page.get();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("librarySearch"));
    const QString typed = QStringLiteral("gradient descent");
    qsizetype i = 0;
    for (auto _ : state) {
        const qsizetype length = 1 + i++ % typed.size();
        search->setText(typed.left(length));
        page->runSearch();
    }
}
BENCHMARK(BM_LibraryTyping)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond);

// The index over the shipped bank, built when the Library page opens.
static void BM_IndexShipped(benchmark::State &state)
{
    QuestionBank shipped;
    shipped.loadShipped();
    for (auto _ : state) {
        SearchIndex index;
        index.build(shipped.questions());
        benchmark::DoNotOptimize(index.vocabularySize());
    }
    state.counters["questions"] = double(shipped.questions().size());
}
BENCHMARK(BM_IndexShipped)->Unit(benchmark::kMillisecond);

namespace {

// N characters of a realistic query mix (words, phrases, fields, wildcards, negations, accents),
// as when a blob is pasted into the search box.
QString pastedQuery(qsizetype length)
{
    static const QStringList parts{
        QStringLiteral("gradient descent"), QStringLiteral("\"learning rate\""), QStringLiteral("-dropout"),
        QStringLiteral("tag:xgboost"),      QStringLiteral("cat:coding"),         QStringLiteral("diff:hard"),
        QStringLiteral("is:due"),           QStringLiteral("prop:ivl>=10"),       QStringLiteral("optim*"),
        QStringLiteral("k-means"),          QStringLiteral("Café naïve"),         QStringLiteral("transfomer"),
        QStringLiteral("bias–variance"),    QStringLiteral("is:bookmarked"),      QStringLiteral("gr_d")};
    QString out;
    for (qsizetype i = 0; out.size() < length; ++i)
        out += parts[i % parts.size()] + QLatin1Char(' ');
    out.truncate(length);
    return out;
}

} // namespace

// Parsing a query of N characters: a pasted blob must cost time in proportion to its length.
static void BM_QueryParse(benchmark::State &state)
{
    const QString text = pastedQuery(state.range(0));
    for (auto _ : state)
        benchmark::DoNotOptimize(QueryParser::parse(text).atoms.size());
    state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_QueryParse)
    ->Arg(64)
    ->Arg(1024)
    ->Arg(16384)
    ->Arg(65536)
    ->Unit(benchmark::kMicrosecond)
    ->Complexity(benchmark::oN);

// A whole search (parse, expansions, ranking) for a pasted blob of N characters over Q
// questions: what the Library page does on the UI thread after the typing pause.
static void BM_SearchPasted(benchmark::State &state)
{
    const SearchIndex &index = bank(static_cast<int>(state.range(0))).index();
    const QString text = pastedQuery(state.range(1));
    for (auto _ : state)
        benchmark::DoNotOptimize(index.search(text).hits.data());
}
BENCHMARK(BM_SearchPasted)
    ->ArgsProduct({{1000, 100000}, {64, 1024, 16384, 65536}})
    ->ArgNames({"questions", "chars"})
    ->Unit(benchmark::kMillisecond);
