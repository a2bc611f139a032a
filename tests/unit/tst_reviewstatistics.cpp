// Statistics from small, hand-built histories whose answers are known in advance.
#include "review/reviewstatistics.h"
#include "review/reviewstore.h"
#include "reviewtesting.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <numeric>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

constexpr qint64 kDay = 86'400'000;

ReviewCard reviewCard(const QString &id, double stability, qint64 due)
{
    ReviewCard card;
    card.questionId = id;
    card.state = CardState::Review;
    card.stability = stability;
    card.difficulty = 5;
    card.dueMs = due;
    card.lastReviewMs = due - 10 * kDay;
    card.reps = 4;
    card.scheduledDays = 10;
    return card;
}

void writeProgress(const QString &dir, const std::vector<ReviewCard> &cards)
{
    nlohmann::json document{{"schema", 1}, {"cards", nlohmann::json::array()}};
    for (const ReviewCard &card : cards)
        document["cards"].push_back(ReviewStore::cardToJson(card));
    QFile file(dir + QStringLiteral("/progress.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray::fromStdString(document.dump()));
}

} // namespace

class TestReviewStatistics : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void reviewsPerDayAndStreak()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        const qint64 now = at(2026, 4, 20, 18);
        const int daysAgo[] = {40, 10, 3, 2, 2, 1};
        int n = 0;
        for (int ago : daysAgo)
            store.rate(QStringLiteral("c%1").arg(n++), Rating::Good, now - ago * kDay);
        const std::vector<int> before = ReviewStatistics::reviewsPerDay(store, now, 30);
        QCOMPARE(before.size(), std::size_t(30));
        QCOMPARE(before[29 - 10], 1);
        QCOMPARE(before[29 - 2], 2);
        QCOMPARE(std::accumulate(before.begin(), before.end(), 0), 5);  // day 40 is outside
        QCOMPARE(ReviewStatistics::streak(store, now), 3);               // yesterday back to 3 days ago
        store.rate(QStringLiteral("today"), Rating::Good, now - 3600'000);
        QCOMPARE(ReviewStatistics::reviewsPerDay(store, now, 30)[29], 1);
        QCOMPARE(ReviewStatistics::streak(store, now), 4);
        QCOMPARE(ReviewStatistics::streak(store, now + 3 * kDay), 0);  // broken by two idle days
    }

    void retentionBuckets()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        const qint64 t0 = at(2026, 1, 5);
        // Each card graduates with Easy, then one review after a chosen gap: (gap, rating).
        const struct {
            int gap;
            Rating rating;
        } plan[] = {{1, Rating::Again}, {1, Rating::Good}, {5, Rating::Good}, {12, Rating::Hard}, {40, Rating::Again}, {45, Rating::Easy}};
        int n = 0;
        for (const auto &p : plan) {
            const QString id = QStringLiteral("r%1").arg(n++);
            store.rate(id, Rating::Easy, t0);
            store.rate(id, p.rating, t0 + p.gap * kDay);
        }
        const auto buckets = ReviewStatistics::retention(store);
        QCOMPARE(buckets.size(), std::size_t(4));
        QCOMPARE(buckets[0].reviews, 2);
        QCOMPARE(buckets[0].recalled, 1);
        QCOMPARE(buckets[1].reviews, 1);
        QCOMPARE(buckets[1].rate(), 1.0);
        QCOMPARE(buckets[2].reviews, 1);
        QCOMPARE(buckets[2].recalled, 1);  // Hard still counts as recalled
        QCOMPARE(buckets[3].reviews, 2);
        QCOMPARE(buckets[3].rate(), 0.5);
    }

    void forecastAndMastery()
    {
        QTemporaryDir dir;
        const qint64 now = at(2026, 5, 1, 12);
        writeProgress(dir.path(), {reviewCard(QStringLiteral("t.q0"), 30, now - 5 * kDay),   // overdue: today
                                   reviewCard(QStringLiteral("t.q1"), 25, now + 3 * kDay),
                                   reviewCard(QStringLiteral("t.q2"), 5, now + 3 * kDay),
                                   reviewCard(QStringLiteral("t.q3"), 21, now + 40 * kDay),  // beyond 30 days
                                   reviewCard(QStringLiteral("gone"), 90, now + 1 * kDay)});
        ReviewStore store(dir.path());
        store.load();
        QVERIFY2(store.loadMessages().isEmpty(), qPrintable(store.loadMessages().join('\n')));
        const std::vector<int> forecast = ReviewStatistics::dueForecast(store, now, 30);
        QCOMPARE(forecast[0], 1);
        QCOMPARE(forecast[1], 1);
        QCOMPARE(forecast[3], 2);
        QCOMPARE(std::accumulate(forecast.begin(), forecast.end(), 0), 4);

        QuestionBank bank;  // t.q0, t.q2, t.q4 fundamentals; t.q1, t.q3, t.q5 coding
        bank.addDeck(syntheticDeck(6, {QStringLiteral("fundamentals"), QStringLiteral("coding")}),
                     QStringLiteral("d.json"), true);
        const auto mastery = ReviewStatistics::mastery(store, bank);
        QCOMPARE(mastery.size(), std::size_t(2));
        QCOMPARE(mastery[0].category, QStringLiteral("fundamentals"));
        QCOMPARE(mastery[0].questions, 3);
        QCOMPARE(mastery[0].mastered, 1);  // t.q0 (S 30); t.q2 has S 5
        QCOMPARE(mastery[1].mastered, 2);  // t.q1 (25) and t.q3 (exactly 21)
        QCOMPARE(mastery[1].share(), 2.0 / 3.0);
    }

    void emptyStoreGivesZeros()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        const qint64 now = at(2026, 5, 1);
        const auto perDay = ReviewStatistics::reviewsPerDay(store, now, 30);
        QCOMPARE(std::accumulate(perDay.begin(), perDay.end(), 0), 0);
        QCOMPARE(ReviewStatistics::streak(store, now), 0);
        for (const RetentionBucket &bucket : ReviewStatistics::retention(store))
            QCOMPARE(bucket.rate(), 0.0);
        QVERIFY(ReviewStatistics::mastery(store, QuestionBank()).empty());
    }
};

QTEST_GUILESS_MAIN(TestReviewStatistics)
#include "tst_reviewstatistics.moc"
