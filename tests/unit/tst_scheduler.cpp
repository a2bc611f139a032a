// The scheduler's state machine (py-fsrs's rules) and its fuzz, against values computed here
// from FSRS.md's formulas.
#include "review/scheduler.h"

#include <QSet>
#include <QTest>
#include <cmath>

using namespace loopcraft;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
constexpr qint64 kNow = 1'750'000'000'000;  // a fixed instant; the scheduler never reads the clock
constexpr double W[21] = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
                          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

SchedulerSettings noFuzz()
{
    SchedulerSettings s;
    s.fuzz = false;
    return s;
}

ReviewCard fresh(const QString &id = QStringLiteral("q"))
{
    ReviewCard card;
    card.questionId = id;
    return card;
}

ReviewCard reviewCard(double stability, double difficulty, qint64 lastReview, int scheduledDays)
{
    ReviewCard card = fresh();
    card.state = CardState::Review;
    card.stability = stability;
    card.difficulty = difficulty;
    card.lastReviewMs = lastReview;
    card.scheduledDays = scheduledDays;
    card.dueMs = lastReview + scheduledDays * kDay;
    card.reps = 3;
    return card;
}

} // namespace

class TestScheduler : public QObject {
    Q_OBJECT

private slots:
    void newCardFollowsTheLearningSteps_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("step");
        QTest::addColumn<qint64>("dueAfterMs");
        QTest::newRow("Again: first step, 1 minute") << 1 << int(CardState::Learning) << 0 << kMinute;
        QTest::newRow("Hard: mean of the steps, 5.5 minutes") << 2 << int(CardState::Learning) << 0 << 330'000ll;
        QTest::newRow("Good: second step, 10 minutes") << 3 << int(CardState::Learning) << 1 << 10 * kMinute;
        // Easy graduates with I(0.9, S0(4)) = round(8.2956) = 8 days.
        QTest::newRow("Easy: 8 days") << 4 << int(CardState::Review) << 0 << 8 * kDay;
    }
    void newCardFollowsTheLearningSteps()
    {
        QFETCH(int, rating);
        QFETCH(int, state);
        QFETCH(int, step);
        QFETCH(qint64, dueAfterMs);
        const Scheduler scheduler(noFuzz());
        const ReviewOutcome out = scheduler.review(fresh(), static_cast<Rating>(rating), kNow);
        QCOMPARE(int(out.card.state), state);
        QCOMPARE(out.card.step, step);
        QCOMPARE(out.card.dueMs - kNow, dueAfterMs);
        QCOMPARE(out.card.stability, W[rating - 1]);
        QCOMPARE(out.card.reps, 1);
        QCOMPARE(out.card.lastReviewMs, kNow);
        QCOMPARE(out.log.before, CardState::New);
        QCOMPARE(int(out.log.after), state);
        QCOMPARE(out.log.elapsedDays, 0);
        QCOMPARE(out.log.timeMs, kNow);
        QCOMPARE(out.log.card, out.card);
    }

    void goodGoodGraduatesWithShortTermStability()
    {
        const Scheduler scheduler(noFuzz());
        const ReviewCard first = scheduler.review(fresh(), Rating::Good, kNow).card;
        const ReviewOutcome second = scheduler.review(first, Rating::Good, kNow + 10 * kMinute);
        QCOMPARE(second.card.state, CardState::Review);
        // Same day: S' = S·max(1, e^(w17·(G−3+w18))·S^(−w19)).
        const double s = W[2] * std::max(1.0, std::exp(W[17] * W[18]) * std::pow(W[2], -W[19]));
        QVERIFY(std::abs(second.card.stability - s) < 1e-9);
        QCOMPARE(second.card.scheduledDays, int(std::lround(s)));
        QCOMPARE(second.card.dueMs, kNow + 10 * kMinute + second.card.scheduledDays * kDay);
        QCOMPARE(second.log.scheduledDays, second.card.scheduledDays);
    }

    void reviewSuccessUsesRecallStability()
    {
        const Scheduler scheduler(noFuzz());
        const ReviewCard card = reviewCard(10.0, 5.0, kNow - 10 * kDay, 10);
        const ReviewOutcome out = scheduler.review(card, Rating::Good, kNow);
        const double r = std::pow(1 + (std::pow(0.9, -1 / W[20]) - 1) * 10 / 10.0, -W[20]);
        QVERIFY(std::abs(r - 0.9) < 1e-12);
        const double s = 10.0 * (1 + std::exp(W[8]) * 6 * std::pow(10.0, -W[9]) * (std::exp(W[10] * 0.1) - 1));
        QVERIFY(std::abs(out.card.stability - s) < 1e-9);
        QCOMPARE(out.card.scheduledDays, int(std::lround(s)));
        QCOMPARE(out.log.elapsedDays, 10);
        QCOMPARE(out.card.state, CardState::Review);
        const double d = W[7] * (W[4] - std::exp(3 * W[5]) + 1) + (1 - W[7]) * 5.0;
        QVERIFY(std::abs(out.card.difficulty - d) < 1e-12);
    }

    void lapseGoesToRelearningAndBack()
    {
        const Scheduler scheduler(noFuzz());
        const ReviewCard card = reviewCard(20.0, 6.0, kNow - 20 * kDay, 20);
        const ReviewOutcome lapse = scheduler.review(card, Rating::Again, kNow);
        QCOMPARE(lapse.card.state, CardState::Relearning);
        QCOMPARE(lapse.card.lapses, 1);
        QCOMPARE(lapse.card.dueMs - kNow, 10 * kMinute);
        const double longTerm = W[11] * std::pow(6.0, -W[12]) * (std::pow(21.0, W[13]) - 1) * std::exp(W[14] * 0.1);
        QVERIFY(std::abs(lapse.card.stability - std::min(longTerm, 20.0 / std::exp(W[17] * W[18]))) < 1e-9);
        // Hard on a single relearning step waits 1.5 steps; Good graduates.
        QCOMPARE(scheduler.review(lapse.card, Rating::Hard, kNow + 10 * kMinute).card.dueMs - (kNow + 10 * kMinute),
                 15 * kMinute);
        const ReviewOutcome back = scheduler.review(lapse.card, Rating::Good, kNow + 10 * kMinute);
        QCOMPARE(back.card.state, CardState::Review);
        QVERIFY(back.card.scheduledDays >= 1);
        QCOMPARE(back.log.before, CardState::Relearning);
    }

    void previewMatchesTheAnswers()
    {
        SchedulerSettings settings;
        settings.fuzzSeed = 42;
        const Scheduler scheduler(settings);
        const ReviewCard card = reviewCard(12.0, 4.0, kNow - 15 * kDay, 12);
        const auto preview = scheduler.preview(card, kNow);
        for (int g = 1; g <= 4; ++g)
            QCOMPARE(preview[std::size_t(g - 1)], scheduler.review(card, Rating(g), kNow).card.dueMs - kNow);
        QVERIFY(preview[0] < preview[1]);
        QVERIFY(preview[2] < preview[3]);
    }

    void stepsAsTheUserWritesThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<int>>("seconds");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("defaults") << "1m 10m" << true << QList<int>{60, 600} << "1m 10m";
        QTest::newRow("no unit means minutes") << "1 10" << true << QList<int>{60, 600} << "1m 10m";
        QTest::newRow("commas and units") << "30s, 1h,1d" << true << QList<int>{30, 3600, 86400} << "30s 1h 1d";
        QTest::newRow("upper case") << "5M" << true << QList<int>{300} << "5m";
        QTest::newRow("seconds that are minutes") << "120s" << true << QList<int>{120} << "2m";
        QTest::newRow("none") << "  " << true << QList<int>{} << "";
        QTest::newRow("zero") << "0m" << false << QList<int>{} << "";
        QTest::newRow("over a day") << "25h" << false << QList<int>{} << "";
        QTest::newRow("weeks are not a unit") << "1w" << false << QList<int>{} << "";
        QTest::newRow("negative") << "-1m" << false << QList<int>{} << "";
        QTest::newRow("a word") << "soon" << false << QList<int>{} << "";
        QTest::newRow("decimal") << "1.5m" << false << QList<int>{} << "";
        QTest::newRow("eleven steps") << "1 2 3 4 5 6 7 8 9 10 11" << false << QList<int>{} << "";
    }
    void stepsAsTheUserWritesThem()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<int>, seconds);
        QFETCH(QString, formatted);
        QString error;
        const auto parsed = SchedulerSettings::parseSteps(text, &error);
        QCOMPARE(parsed.has_value(), valid);
        if (!valid) {
            QVERIFY2(!error.isEmpty(), "a refused step says why");
            return;
        }
        QCOMPARE(*parsed, seconds);
        QCOMPARE(SchedulerSettings::formatSteps(*parsed), formatted);
        QCOMPARE(SchedulerSettings::parseSteps(formatted), parsed); // the round trip is exact
    }

    void formatInterval_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << 45'000ll << "45s";
        QTest::newRow("1 minute") << kMinute << "1m";
        QTest::newRow("10 minutes") << 10 * kMinute << "10m";
        QTest::newRow("5.5 minutes") << 330'000ll << "6m";
        QTest::newRow("3 hours") << 3 * 60 * kMinute << "3h";
        QTest::newRow("1 day") << kDay << "1d";
        QTest::newRow("4 days") << 4 * kDay << "4d";
        QTest::newRow("45 days") << 45 * kDay << "1.5mo";
        QTest::newRow("2 years") << 730 * kDay << "2y";
    }
    void formatInterval()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(Scheduler::formatInterval(ms), text);
    }

    void fuzzIsSeededAndBounded_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        // delta = 1 + 15 % of (min(I,7) − 2.5) + 10 % of (min(I,20) − 7) + 5 % of (I − 20), per FSRS.md.
        QTest::newRow("5 days: ±1.375") << 5 << int(std::lround(5 - 1.375)) << int(std::lround(5 + 1.375));
        QTest::newRow("10 days") << 10 << int(std::lround(10 - 1.975)) << int(std::lround(10 + 1.975));
        QTest::newRow("100 days") << 100 << int(std::lround(100 - (1 + 0.675 + 1.3 + 4.0)))
                                  << int(std::lround(100 + (1 + 0.675 + 1.3 + 4.0)));
    }
    void fuzzIsSeededAndBounded()
    {
        QFETCH(int, days);
        QFETCH(int, low);
        QFETCH(int, high);
        QCOMPARE(Scheduler::fuzzRange(days, 36500), std::make_pair(low, high));
        SchedulerSettings settings;
        settings.fuzzSeed = 7;
        const Scheduler a(settings);
        const Scheduler b(settings);
        QSet<int> seen;
        for (int i = 0; i < 200; ++i) {
            const QString id = QStringLiteral("card%1").arg(i);
            const int fuzzed = a.fuzzedInterval(days, id, 3);
            QCOMPARE(fuzzed, b.fuzzedInterval(days, id, 3));  // deterministic
            QVERIFY(fuzzed >= low && fuzzed <= high);
            seen.insert(fuzzed);
        }
        QCOMPARE(seen.size(), high - low + 1);  // and it does spread over the whole range
        settings.fuzz = false;
        QCOMPARE(Scheduler(settings).fuzzedInterval(days, QStringLiteral("x"), 3), days);
    }

    void noFuzzBelowThreeDays()
    {
        SchedulerSettings settings;
        settings.fuzzSeed = 99;
        for (int days : {1, 2})
            QCOMPARE(Scheduler(settings).fuzzedInterval(days, QStringLiteral("x"), 1), days);
    }

    void retentionIsClampedAndShortensIntervals()
    {
        SchedulerSettings settings = noFuzz();
        settings.desiredRetention = 0.5;
        QCOMPARE(Scheduler(settings).settings().desiredRetention, 0.70);
        settings.desiredRetention = 0.99;
        QCOMPARE(Scheduler(settings).settings().desiredRetention, 0.97);
        const ReviewCard card = reviewCard(30.0, 5.0, kNow - 30 * kDay, 30);
        settings.desiredRetention = 0.80;
        const int loose = Scheduler(settings).review(card, Rating::Good, kNow).card.scheduledDays;
        settings.desiredRetention = 0.95;
        const int strict = Scheduler(settings).review(card, Rating::Good, kNow).card.scheduledDays;
        QVERIFY(strict < loose);
    }

    void maximumIntervalCaps()
    {
        SchedulerSettings settings = noFuzz();
        settings.maximumInterval = 30;
        const ReviewCard card = reviewCard(200.0, 2.0, kNow - 200 * kDay, 200);
        QCOMPARE(Scheduler(settings).review(card, Rating::Easy, kNow).card.scheduledDays, 30);
    }

    void sameDayReviewOfAReviewCardUsesShortTerm()
    {
        const Scheduler scheduler(noFuzz());
        const ReviewCard card = reviewCard(5.0, 5.0, kNow - 2 * 3600'000, 5);
        const ReviewOutcome out = scheduler.review(card, Rating::Good, kNow);
        QCOMPARE(out.log.elapsedDays, 0);
        QVERIFY(std::abs(out.card.stability - 5.0 * std::max(1.0, std::exp(W[17] * W[18]) * std::pow(5.0, -W[19]))) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestScheduler)
#include "tst_scheduler.moc"
