// The review store: persistence of card states and the append-only log, replay after a crash,
// undo, and every kind of bad file (truncated, wrong-typed, random bytes).
#include "review/reviewstore.h"
#include "reviewtesting.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

constexpr qint64 kDay = 86'400'000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Rates a few cards across two days; returns the time of the last answer.
qint64 studySome(ReviewStore &store)
{
    qint64 t = at(2026, 3, 2);
    for (int i = 0; i < 5; ++i)
        store.rate(QStringLiteral("t.q%1").arg(i), Rating(1 + i % 4), t += 60'000);
    store.rate(QStringLiteral("t.q0"), Rating::Good, t += 120'000);
    t += kDay;
    store.rate(QStringLiteral("t.q1"), Rating::Good, t);
    return t;
}

} // namespace

class TestReviewStore : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveAndReloadRoundTrip()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        QVERIFY(store.loadMessages().isEmpty());
        SchedulerSettings settings = store.settings();
        settings.desiredRetention = 0.85;
        settings.fuzzSeed = 1234;
        store.setSettings(settings);
        store.setLimits({7, 70});
        studySome(store);
        QString error;
        QVERIFY2(store.save(&error), qPrintable(error));
        QVERIFY(!store.isDirty());

        ReviewStore again(dir.path());
        again.load();
        QVERIFY2(again.loadMessages().isEmpty(), qPrintable(again.loadMessages().join('\n')));
        QCOMPARE(again.cards(), store.cards());
        QCOMPARE(again.log(), store.log());
        QCOMPARE(again.settings(), store.settings());
        QCOMPARE(again.limits(), (SessionLimits{7, 70}));
        QCOMPARE(again.log().size(), std::size_t(7));
        QVERIFY(!again.isDirty());
    }

    void unsavedAnswersReplayFromTheLog()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        store.rate(QStringLiteral("t.q0"), Rating::Good, at(2026, 3, 2));
        QVERIFY(store.save());
        studySome(store);  // answered, never saved: as if the app crashed
        ReviewStore again(dir.path());
        again.load();
        QCOMPARE(again.cards(), store.cards());
        QVERIFY(again.isDirty());  // the snapshot is behind and will be rewritten
    }

    void undoRestoresTheCardAndTheFile()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        const qint64 t = studySome(store);
        const QByteArray logBefore = readFile(store.logPath());
        const auto cardsBefore = store.cards();
        QVERIFY(store.rate(QStringLiteral("t.q2"), Rating::Easy, t + 1000));
        QVERIFY(store.rate(QStringLiteral("t.q9"), Rating::Again, t + 2000));  // a brand-new card
        QVERIFY(store.card(QStringLiteral("t.q9")));
        QVERIFY(store.undo());
        QVERIFY(!store.card(QStringLiteral("t.q9")));
        const auto removed = store.undo();
        QVERIFY(removed);
        QCOMPARE(removed->rating, Rating::Easy);
        QCOMPARE(store.cards(), cardsBefore);
        QCOMPARE(readFile(store.logPath()), logBefore);
        // Undo after saving the newer snapshot rewrites it, so a reload agrees.
        QVERIFY(store.rate(QStringLiteral("t.q3"), Rating::Good, t + 3000));
        QVERIFY(store.save());
        QVERIFY(store.undo());
        ReviewStore again(dir.path());
        again.load();
        QCOMPARE(again.cards(), cardsBefore);
        QVERIFY(!again.canUndo());
    }

    void studyStateForTheLibrary()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        qint64 now = at(2026, 3, 2, 10);
        store.setClock([&now] { return now; });
        QCOMPARE(store.studyState(QStringLiteral("never")).stage, StudyState::Stage::New);
        store.rate(QStringLiteral("a"), Rating::Good, now);  // learning, due in 10 minutes
        store.rate(QStringLiteral("b"), Rating::Easy, now);  // review, 8 days
        QCOMPARE(store.studyState(QStringLiteral("a")).stage, StudyState::Stage::Learning);
        QVERIFY(!store.studyState(QStringLiteral("a")).due);
        now += 11 * 60'000;
        QVERIFY(store.studyState(QStringLiteral("a")).due);
        const StudyState b = store.studyState(QStringLiteral("b"));
        QCOMPARE(b.stage, StudyState::Stage::Review);
        QCOMPARE(b.intervalDays, double(store.card(QStringLiteral("b"))->scheduledDays));
        QVERIFY(!b.due);
        now = store.card(QStringLiteral("b"))->dueMs - 3600'000;  // later the same day counts
        QVERIFY(store.studyState(QStringLiteral("b")).due);
    }

    void dueQueueIsMostOverdueFirst()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        for (int i = 0; i < 30; ++i)
            store.rate(QStringLiteral("c%1").arg(i), Rating::Easy, at(2026, 1, 1) + qint64(i) * 3600'000 * 7);
        const QStringList queue = store.dueQueue(at(2026, 6, 1));
        QCOMPARE(queue.size(), 30);
        for (int i = 1; i < queue.size(); ++i)
            QVERIFY(store.card(queue[i - 1])->dueMs <= store.card(queue[i])->dueMs);
        QVERIFY(store.dueQueue(at(2025, 1, 1)).isEmpty());
    }

    void dueQueueBreaksTiesById()
    {
        QTemporaryDir dir;
        ReviewStore store(dir.path());
        store.load();
        SchedulerSettings exact = store.settings();
        exact.fuzz = false;
        store.setSettings(exact);
        QStringList ids;
        for (int i = 0; i < 200; ++i)
            ids << QStringLiteral("k%1").arg((i * 37) % 200, 3, 10, QLatin1Char('0'));
        const qint64 t = at(2026, 1, 1);
        for (int i = 0; i < ids.size(); ++i)  // two due times, 100 cards each, answered in shuffled order
            store.rate(ids[i], Rating::Easy, i % 2 ? t : t + 3 * kDay);
        QStringList expected = ids;
        std::sort(expected.begin(), expected.end(), [&](const QString &a, const QString &b) {
            const qint64 da = store.card(a)->dueMs;
            const qint64 db = store.card(b)->dueMs;
            return da != db ? da < db : a < b;
        });
        QCOMPARE(store.dueQueue(at(2026, 6, 1)), expected);
    }

    void corruptProgressIsMovedAsideAndRebuilt_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray("{\"schema\": 1, \"cards\": [{\"id\": \"t.q0\", \"sta") << "line 1";
        QTest::newRow("empty") << QByteArray() << "is empty";
        QTest::newRow("cards not a list") << QByteArray(R"({"schema": 1, "cards": {"a": 1}})") << "expected a list";
        QTest::newRow("stability is text")
            << QByteArray(R"({"schema":1,"cards":[{"id":"x","state":"review","stability":"long","difficulty":5,"due":1,"lastReview":1}]})")
            << "expected a number, found a string";
        QTest::newRow("unknown state")
            << QByteArray(R"({"schema":1,"cards":[{"id":"x","state":"sleeping","stability":1,"difficulty":5,"due":1,"lastReview":1}]})")
            << "sleeping";
        QTest::newRow("difficulty out of range")
            << QByteArray(R"({"schema":1,"cards":[{"id":"x","state":"review","stability":1,"difficulty":50,"due":1,"lastReview":1}]})")
            << "out of range";
        QTest::newRow("settings wrong type") << QByteArray(R"({"schema":1,"settings":{"desiredRetention":"high"}})")
                                             << "desiredRetention";
        QTest::newRow("steps wrong") << QByteArray(R"({"schema":1,"settings":{"learningSteps":[60,-5]}})")
                                     << "learningSteps";
        QTest::newRow("future schema") << QByteArray(R"({"schema": 7})") << "newer Loopcraft";
    }
    void corruptProgressIsMovedAsideAndRebuilt()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QByteArray logBytes;
        QHash<QString, ReviewCard> good;
        {
            ReviewStore store(dir.path());
            store.load();
            studySome(store);
            QVERIFY(store.save());
            QTest::qWait(2);
            QVERIFY(store.save());  // now there is a backup
            good = store.cards();
            logBytes = readFile(store.logPath());
        }
        const QString progress = dir.filePath(QStringLiteral("progress.json"));
        writeFile(progress, bytes);

        ReviewStore store(dir.path());
        store.load();
        QVERIFY(store.progressFailed());
        const QString all = store.loadMessages().join('\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("rebuilt from the review history")), qPrintable(all));
        QVERIFY(!QFile::exists(progress));
        QCOMPARE(readFile(store.movedAsideTo()), bytes);
        // Nothing lost: the log rebuilt every card.
        QCOMPARE(store.cards(), good);
        QCOMPARE(readFile(store.logPath()), logBytes);
        // Saving never touches the moved-aside file; backups are on offer and restore.
        QVERIFY(store.save());
        QCOMPARE(readFile(store.movedAsideTo()), bytes);
        QVERIFY(!store.progressFile().backups().isEmpty());
        QVERIFY(store.progressFile().peek(store.progressFile().backups().constLast()).ok());
        QString error;
        QVERIFY2(store.restoreBackup(store.progressFile().backups().constLast(), &error), qPrintable(error));
        QCOMPARE(store.cards(), good);
        QVERIFY(!store.progressFailed());
    }

    void randomProgressBytesNeverCrash()
    {
        quint32 state = 2024;
        for (int round = 0; round < 150; ++round) {
            QTemporaryDir dir;
            QByteArray bytes = R"({"schema":1,"cards":[{"id":"x","state":"review","stability":1.5,"difficulty":5,"due":1,"lastReview":1}]})";
            // Flip a few bytes of a valid document: mostly invalid JSON, sometimes wrong types.
            for (int flips = 0; flips < 3; ++flips) {
                state = state * 1664525u + 1013904223u;
                bytes[qsizetype(state % bytes.size())] = "{}[]\":,0a9 -\xff"[(state >> 8) % 14];
            }
            writeFile(dir.filePath(QStringLiteral("progress.json")), bytes);
            ReviewStore store(dir.path());
            store.load();
            QVERIFY(store.progressFailed() || store.loadMessages().isEmpty());
            if (store.progressFailed())
                QCOMPARE(readFile(store.movedAsideTo().isEmpty() ? dir.filePath(QStringLiteral("progress.json"))
                                                                 : store.movedAsideTo()),
                         bytes);
        }
    }

    void badLogLinesAreKeptAsideAndTheRestLoads_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated last line (crash mid-write)") << QByteArray("{\"time\": 17") << "not valid JSON";
        QTest::newRow("wrong type") << QByteArray(R"({"time":"noon","rating":3,"elapsedDays":0,"before":"new","after":"learning","scheduledDays":0,"card":{}})")
                                    << "expected a number, found a string";
        QTest::newRow("rating 9") << QByteArray(R"({"time":1,"rating":9,"elapsedDays":0,"before":"new","after":"learning","scheduledDays":0,"card":{}})")
                                  << "1 to 4";
        QTest::newRow("random bytes") << QByteArray("\x01\x02\xff\xfe garbage", 13) << "not valid JSON";
        QTest::newRow("a list") << QByteArray("[1,2,3]") << "expected an object";
    }
    void badLogLinesAreKeptAsideAndTheRestLoads()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        std::vector<ReviewLogEntry> entries;
        {
            ReviewStore store(dir.path());
            store.load();
            studySome(store);
            entries = store.log();
        }
        const QString log = dir.filePath(QStringLiteral("review-log.jsonl"));
        QFile file(log);
        QVERIFY(file.open(QIODevice::Append));
        file.write(tail);
        file.close();
        const QByteArray original = readFile(log);

        ReviewStore store(dir.path());
        store.load();
        const QString all = store.loadMessages().join('\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 of 8")), qPrintable(all));
        QCOMPARE(store.log(), entries);
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("review-log.jsonl.broken-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir.filePath(aside.first())), original);
        // The rewritten log reads cleanly and answers append after it.
        QVERIFY(store.rate(QStringLiteral("t.q4"), Rating::Good, at(2026, 3, 10)));
        ReviewStore again(dir.path());
        again.load();
        QVERIFY(again.loadMessages().isEmpty());
        QCOMPARE(again.log().size(), entries.size() + 1);
    }

    // A long log is parsed in slices on several threads: the order, the count and the line
    // numbers of bad entries must be those of the file, wherever the slices fall.
    void longLogLoadsInFileOrderWithTrueLineNumbers()
    {
        QTemporaryDir dir;
        std::vector<ReviewLogEntry> entries;
        {
            ReviewStore store(dir.path());
            store.load();
            qint64 t = at(2026, 1, 5);
            for (int i = 0; i < 6000; ++i) // about 1.5 MB of log: several slices
                QVERIFY(store.rate(QStringLiteral("t.q%1").arg(i % 300), Rating(1 + (i * 7) % 4), t += 3'600'000));
            entries = store.log();
        }
        const QString log = dir.filePath(QStringLiteral("review-log.jsonl"));
        QList<QByteArray> lines = readFile(log).split('\n');
        QCOMPARE(lines.size(), 6001); // the last is empty
        QVERIFY(lines[4999].startsWith('{'));
        lines[4999] = "{\"time\": oops";       // line 5000, deep in a later slice
        writeFile(log, lines.join('\n'));
        QFile::remove(dir.filePath(QStringLiteral("progress.json"))); // rebuild every card from the log

        ReviewStore store(dir.path());
        store.load();
        const QString all = store.loadMessages().join('\n');
        QVERIFY2(all.contains(QStringLiteral("line 5000: not valid JSON")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 of 6000")), qPrintable(all));
        entries.erase(entries.begin() + 4999);
        QCOMPARE(store.log(), entries);
    }

    void unwritableLogFailsWithAMessage()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("review-log.jsonl"));  // a folder where the file should be
        ReviewStore store(dir.path());
        store.load();
        QString error;
        QVERIFY(!store.rate(QStringLiteral("x"), Rating::Good, at(2026, 3, 2), &error));
        QVERIFY2(error.contains(QStringLiteral("review-log.jsonl")), qPrintable(error));
        QVERIFY(!store.card(QStringLiteral("x")));
        QVERIFY(store.log().empty());
    }
};

QTEST_GUILESS_MAIN(TestReviewStore)
#include "tst_reviewstore.moc"
