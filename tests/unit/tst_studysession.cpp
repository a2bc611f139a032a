// Study sessions: order (learning, due, new), daily limits, scope, undo, and a simulated
// 60-day study of 200 cards with a fixed seed.
#include "library/searchindex.h"
#include "review/studysession.h"
#include "reviewtesting.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

constexpr qint64 kDay = 86'400'000;

QuestionBank bankOf(int n, const QStringList &categories = {QStringLiteral("fundamentals")})
{
    QuestionBank bank;
    bank.addDeck(syntheticDeck(n, categories), QStringLiteral("synthetic.json"), true);
    return bank;
}

void setSeed(ReviewStore &store, quint64 seed)
{
    SchedulerSettings settings = store.settings();
    settings.fuzzSeed = seed;
    store.setSettings(settings);
}

// A deterministic learner: recalls when a hash of (card, rep) is below the card's
// retrievability; new and learning cards are recalled 3 times in 4.
Rating learner(const ReviewStore &store, const QString &id, qint64 now)
{
    const ReviewCard card = store.cardFor(id);
    const quint32 h = quint32(qHashMulti(0, card.reps, id.size(), id.back().unicode()) * 2654435761u);
    const double u = (h % 10000) / 10000.0;
    const double p = card.state == CardState::Review ? store.scheduler().retrievability(card, now) : 0.75;
    if (u >= p)
        return Rating::Again;
    return u < p * 0.15 ? Rating::Easy : (u > p * 0.9 ? Rating::Hard : Rating::Good);
}

struct SimulationResult {
    std::vector<ReviewLogEntry> log;
    QHash<QString, ReviewCard> cards;
    bool ok = true;
    QString problem;
};

SimulationResult simulate(const QString &directory, int days)
{
    SimulationResult result;
    const QuestionBank bank = bankOf(200);
    ReviewStore store(directory);
    store.load();
    setSeed(store, 20260301);
    for (int day = 0; day < days; ++day) {
        qint64 now = at(2026, 3, 1, 8) + day * kDay;
        StudySession session(store, bank, {}, {20, 200}, now);
        int guard = 0;
        while (!session.finished() && ++guard < 2000) {
            const QStringList pending = session.pendingIds();
            if (QSet<QString>(pending.begin(), pending.end()).size() != pending.size()) {
                result.ok = false;
                result.problem = QStringLiteral("day %1: a card is queued twice").arg(day);
                return result;
            }
            const QString id = session.current();
            session.rate(learner(store, id, now), now);
            now += 45'000;
            if (session.finished())
                session.advance(now + StudySession::kLearnAheadMs);  // wait out learning steps
        }
        // After a day nothing is due and nothing was dropped.
        for (const QString &id : store.dueQueue(now)) {
            result.ok = false;
            result.problem = QStringLiteral("day %1: %2 still due after the session").arg(day).arg(id);
            return result;
        }
    }
    result.log = store.log();
    result.cards = store.cards();
    return result;
}

} // namespace

class TestStudySession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dueReviewsComeBeforeNewCards()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(10);
        ReviewStore store(dir.path());
        store.load();
        SchedulerSettings exact = store.settings();
        exact.fuzz = false;  // both get exactly 8 days, so the order is the order of answering
        store.setSettings(exact);
        const qint64 start = at(2026, 3, 1);
        store.rate(QStringLiteral("t.q7"), Rating::Easy, start);                 // due in 8 days
        store.rate(QStringLiteral("t.q5"), Rating::Easy, start + 3600'000);      // due an hour later
        StudySession session(store, bank, {}, {20, 200}, start + 20 * kDay);
        QCOMPARE(session.reviewRemaining(), 2);
        QCOMPARE(session.newRemaining(), 8);
        QCOMPARE(session.current(), QStringLiteral("t.q7"));  // most overdue first
        session.rate(Rating::Good, start + 20 * kDay);
        QCOMPARE(session.current(), QStringLiteral("t.q5"));
        session.rate(Rating::Good, start + 20 * kDay + 1000);
        QCOMPARE(session.current(), QStringLiteral("t.q0"));  // then new, in bank order
    }

    void learningStepsComeBackWhenDue()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(3);
        ReviewStore store(dir.path());
        store.load();
        qint64 now = at(2026, 3, 1);
        StudySession session(store, bank, {}, {20, 200}, now);
        QCOMPARE(session.current(), QStringLiteral("t.q0"));
        session.rate(Rating::Again, now);  // back in 1 minute
        QCOMPARE(session.learningRemaining(), 1);
        QCOMPARE(session.current(), QStringLiteral("t.q1"));
        now += 2 * 60'000;
        session.rate(Rating::Easy, now);
        QCOMPARE(session.current(), QStringLiteral("t.q0"));  // its minute has come: before new t.q2
    }

    void dailyLimits_data()
    {
        QTest::addColumn<int>("newLimit");
        QTest::addColumn<int>("reviewLimit");
        QTest::newRow("defaults") << 20 << 200;
        QTest::newRow("5 new, 3 reviews") << 5 << 3;
        QTest::newRow("no new") << 0 << 10;
        QTest::newRow("no reviews") << 4 << 0;
    }
    void dailyLimits()
    {
        QFETCH(int, newLimit);
        QFETCH(int, reviewLimit);
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(60);
        ReviewStore store(dir.path());
        store.load();
        const qint64 day0 = at(2026, 3, 1, 9);
        for (int i = 0; i < 30; ++i)  // 30 review cards, all due on day 10
            store.rate(QStringLiteral("t.q%1").arg(i), Rating::Easy, day0);
        const qint64 day10 = day0 + 10 * kDay;
        StudySession session(store, bank, {}, {newLimit, reviewLimit}, day10);
        QCOMPARE(session.newRemaining(), std::min(newLimit, 30));
        QCOMPARE(session.reviewRemaining(), std::min(reviewLimit, 30));
        int shown = 0;
        qint64 t = day10;
        while (!session.finished()) {
            session.rate(Rating::Easy, t += 1000);  // Easy: nothing returns today
            ++shown;
        }
        QCOMPARE(shown, std::min(newLimit, 30) + std::min(reviewLimit, 30));
        // A second session the same day respects what was already done.
        StudySession later(store, bank, {}, {newLimit, reviewLimit}, t + 3600'000);
        QCOMPARE(later.newRemaining(), 0);
        QCOMPARE(later.reviewRemaining(), std::min(std::max(0, 30 - reviewLimit), 0));
        // The next day the new allowance is back.
        StudySession tomorrow(store, bank, {}, {newLimit, reviewLimit}, day10 + kDay);
        QCOMPARE(tomorrow.newRemaining(), std::min(newLimit, 30 - std::min(newLimit, 30)));
        QCOMPARE(StudySession::doneToday(store, t), std::make_pair(std::min(newLimit, 30), std::min(reviewLimit, 30)));
    }

    void scopeFilters_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << int(StudyScope::Kind::Everything) << QString() << 12;
        QTest::newRow("category") << int(StudyScope::Kind::Category) << "coding" << 6;
        QTest::newRow("tag") << int(StudyScope::Kind::Tag) << "odd" << 6;
        QTest::newRow("difficulty") << int(StudyScope::Kind::Difficulty) << "hard" << 4;
        QTest::newRow("nothing matches") << int(StudyScope::Kind::Category) << "math" << 0;
    }
    void scopeFilters()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(12, {QStringLiteral("fundamentals"), QStringLiteral("coding")});
        ReviewStore store(dir.path());
        store.load();
        const StudyScope scope{StudyScope::Kind(kind), value};
        StudySession session(store, bank, scope, {100, 100}, at(2026, 3, 1));
        QCOMPARE(session.newRemaining(), expected);
        for (const QString &id : session.pendingIds())
            QVERIFY(scope.matches(*bank.find(id)));
        QCOMPARE(session.finished(), expected == 0);
    }

    void savedSearchScopes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("expected");
        QTest::newRow("a tag") << "tag:odd" << 6;
        QTest::newRow("tag and difficulty") << "tag:odd diff:hard" << 2;  // t.q5, t.q11
        QTest::newRow("new cards of a category") << "is:new cat:coding" << 6;
        QTest::newRow("nothing due yet") << "is:due" << 0;
        QTest::newRow("nothing readable") << "is:sleepy" << 0;
    }
    void savedSearchScopes()
    {
        QFETCH(QString, query);
        QFETCH(int, expected);
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(12, {QStringLiteral("fundamentals"), QStringLiteral("coding")});
        ReviewStore store(dir.path());
        store.load();
        SearchContext context;
        context.studyState = &store;
        StudyScope scope{StudyScope::Kind::Search, query, QStringLiteral("Saved")};
        scope.resolve(bank, context);
        StudySession session(store, bank, scope, {100, 100}, at(2026, 3, 1));
        QCOMPARE(session.newRemaining(), expected);
        const QStringList pending = session.pendingIds();
        QCOMPARE(QSet<QString>(pending.begin(), pending.end()), *scope.resolved);
        QCOMPARE(session.finished(), expected == 0);
        QCOMPARE(session.scope().label(), QStringLiteral("Search: Saved"));
    }

    void anUnresolvedSearchScopeStudiesNothing()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(6);
        ReviewStore store(dir.path());
        store.load();
        StudySession session(store, bank, {StudyScope::Kind::Search, QStringLiteral("tag:odd")}, {100, 100},
                             at(2026, 3, 1));
        QVERIFY(session.finished());
        QVERIFY(session.pendingIds().isEmpty());
    }

    void aSearchScopeKeepsItsCardsForTheWholeSession()
    {
        // "is:new" stops holding for a card once it is answered; the session resolved its scope
        // at the start, so the card still comes back for its learning steps and counts in the
        // summary, while a scope resolved afterwards no longer holds it.
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(6);
        ReviewStore store(dir.path());
        store.load();
        qint64 now = at(2026, 3, 1);
        store.setClock([&now] { return now; });
        SearchContext context;
        context.studyState = &store;
        StudyScope scope{StudyScope::Kind::Search, QStringLiteral("is:new tag:even"), QStringLiteral("Fresh")};
        scope.resolve(bank, context);
        StudySession session(store, bank, scope, {100, 100}, now);
        QCOMPARE(session.newRemaining(), 3);
        const QString first = session.current();
        QVERIFY(session.rate(Rating::Again, now));
        QCOMPARE(session.learningRemaining(), 1);
        QCOMPARE(session.newRemaining(), 2);
        // Answer the rest, then wait out the learning step: the first card comes back.
        while (!session.finished() && session.current() != first) {
            now += 1000;
            session.rate(Rating::Easy, now);
        }
        if (session.finished()) {
            now += StudySession::kLearnAheadMs;
            session.advance(now);
        }
        QCOMPARE(session.current(), first);
        QVERIFY(session.summary().nextDueMs > 0);

        StudyScope later = scope;
        later.resolve(bank, context);
        QVERIFY(!later.resolved->contains(first));
        QVERIFY(later.resolved->isEmpty());  // every even card has been answered
    }

    void undoRestoresCardLogAndQueue()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(5);
        ReviewStore store(dir.path());
        store.load();
        const qint64 now = at(2026, 3, 1);
        StudySession session(store, bank, {}, {20, 200}, now);
        QVERIFY(!session.canUndo());
        session.rate(Rating::Good, now);
        const QString second = session.current();
        const ReviewCard before = store.cardFor(second);
        session.rate(Rating::Again, now + 1000);
        QCOMPARE(session.learningRemaining(), 2);
        QCOMPARE(store.log().size(), std::size_t(2));
        QVERIFY(session.undo());
        QCOMPARE(session.current(), second);
        QCOMPARE(store.cardFor(second), before);
        QCOMPARE(store.log().size(), std::size_t(1));
        QCOMPARE(session.learningRemaining(), 1);
        QCOMPARE(session.newRemaining(), 4);
        QCOMPARE(session.summary().cards, 1);
        QVERIFY(session.undo());
        QCOMPARE(session.current(), QStringLiteral("t.q0"));
        QCOMPARE(session.newRemaining(), 5);
        QVERIFY(store.log().empty());
        QVERIFY(!session.undo());
        const QStringList pending = session.pendingIds();
        QCOMPARE(QSet<QString>(pending.begin(), pending.end()).size(), 5);
    }

    void summaryCountsTheSession()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf(4);
        ReviewStore store(dir.path());
        store.load();
        const qint64 now = at(2026, 3, 1);
        StudySession session(store, bank, {}, {20, 200}, now);
        const Rating answers[] = {Rating::Easy, Rating::Easy, Rating::Good, Rating::Hard};
        qint64 t = now;
        for (Rating r : answers)
            session.rate(r, t += 30'000);
        const SessionSummary summary = session.summary();
        QCOMPARE(summary.cards, 4);
        QCOMPARE(summary.ratings, (std::array<int, 4>{0, 1, 1, 2}));
        QCOMPARE(summary.elapsedMs, t - now);  // from the first card shown to the last answer
        QCOMPARE(summary.learningLeft, 2);
        QVERIFY(summary.nextDueMs > t);
    }

    void sixtyDaysOfTwoHundredCardsIsDeterministic()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        const SimulationResult first = simulate(a.path(), 60);
        QVERIFY2(first.ok, qPrintable(first.problem));
        const SimulationResult second = simulate(b.path(), 60);
        QVERIFY2(second.ok, qPrintable(second.problem));
        QCOMPARE(first.log.size(), second.log.size());
        QCOMPARE(first.log, second.log);  // every interval, to the millisecond
        QCOMPARE(first.cards.size(), 200);  // 20 new a day: all introduced by day 10, none lost
        int review = 0;
        for (const ReviewCard &card : first.cards) {
            QVERIFY(card.reps >= 1);
            review += card.state == CardState::Review;
        }
        QVERIFY(review > 150);
        // Intervals grow with successful reviews: some cards reached a month.
        const auto longest = std::max_element(first.log.begin(), first.log.end(), [](const auto &x, const auto &y) {
            return x.scheduledDays < y.scheduledDays;
        });
        QVERIFY(longest->scheduledDays >= 20);
        // The fuzz really was applied and seeded: a different seed gives a different history.
        QTemporaryDir c;
        SimulationResult other;
        {
            // Same learner, different seed.
            const QuestionBank bank = bankOf(200);
            ReviewStore store(c.path());
            store.load();
            setSeed(store, 1);
            qint64 now = at(2026, 3, 1, 8);
            for (int day = 0; day < 30; ++day, now = at(2026, 3, 1, 8) + day * kDay) {
                StudySession session(store, bank, {}, {20, 200}, now);
                while (!session.finished()) {
                    session.rate(learner(store, session.current(), now), now);
                    now += 45'000;
                    if (session.finished())
                        session.advance(now + StudySession::kLearnAheadMs);
                }
            }
            other.log = store.log();
        }
        QVERIFY(other.log != std::vector<ReviewLogEntry>(first.log.begin(), first.log.begin() + std::min(first.log.size(), other.log.size())));
    }
};

QTEST_GUILESS_MAIN(TestStudySession)
#include "tst_studysession.moc"
