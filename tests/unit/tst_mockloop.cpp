// The mock loop: reproducible draws without repeats, rounds fed by the right categories, and
// the history file's round trip and bad inputs.
#include "review/mockhistory.h"
#include "review/mockloop.h"
#include "reviewtesting.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

QuestionBank mixedBank()
{
    QuestionBank bank;
    bank.addDeck(syntheticDeck(40, {QStringLiteral("fundamentals"), QStringLiteral("algorithms"),
                                    QStringLiteral("system-design"), QStringLiteral("coding"),
                                    QStringLiteral("behavioral")}),
                 QStringLiteral("mixed.json"), true);
    return bank;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestMockLoop : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void drawIsReproducibleAndHasNoRepeats()
    {
        const QuestionBank bank = mixedBank();
        QList<MockRoundPlan> plan = MockLoop::defaultPlan();
        for (MockRoundPlan &p : plan)
            p.questionCount = 4;
        const MockReport a = MockLoop::draw(bank, plan, 99, 1000);
        const MockReport b = MockLoop::draw(bank, plan, 99, 1000);
        QCOMPARE(a, b);
        QSet<QString> seen;
        int total = 0;
        for (const MockRound &round : a.rounds) {
            for (const QString &id : round.questionIds) {
                QVERIFY(MockLoop::fits(round.kind, *bank.find(id)));
                seen.insert(id);
                ++total;
            }
        }
        QCOMPARE(seen.size(), total);
        QCOMPARE(int(a.rounds.size()), 5);
        QVERIFY(MockLoop::draw(bank, plan, 100, 1000) != a);  // another seed, another loop
    }

    void roundsTakeWhatTheLibraryHas_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("expected");
        // 40 questions over 5 categories: 8 each. Depth draws medium/hard algorithms only.
        QTest::newRow("coding, 3 of 8") << int(RoundKind::Coding) << 3 << 3;
        QTest::newRow("system design, 20 of 8") << int(RoundKind::SystemDesign) << 20 << 8;
        QTest::newRow("behavioural, 0") << int(RoundKind::Behavioural) << 0 << 0;
    }
    void roundsTakeWhatTheLibraryHas()
    {
        QFETCH(int, kind);
        QFETCH(int, asked);
        QFETCH(int, expected);
        const MockReport report = MockLoop::draw(mixedBank(), {{RoundKind(kind), true, asked, 5}}, 1, 0);
        QCOMPARE(report.rounds.size(), std::size_t(1));
        QCOMPARE(report.rounds[0].questionIds.size(), expected);
    }

    void emptyLibraryGivesEmptyRounds()
    {
        const MockReport report = MockLoop::draw(QuestionBank(), MockLoop::defaultPlan(), 1, 0);
        for (const MockRound &round : report.rounds)
            QVERIFY(round.questionIds.isEmpty());
    }

    void averagesIgnoreUnscored()
    {
        MockReport report;
        MockRound scored;
        scored.scores = {4, 3, 3, 2};
        report.rounds = {scored, MockRound()};
        QCOMPARE(scored.average(), (4 + 3 + 3 + 2) / 4.0);
        QCOMPARE(report.average(), scored.average());
    }

    void historyRoundTrip()
    {
        QTemporaryDir dir;
        MockHistory history(dir.path());
        history.load();
        MockReport report = MockLoop::draw(mixedBank(), MockLoop::defaultPlan(), 5, 1'700'000'000'000);
        report.finishedMs = report.startedMs + 3'600'000;
        report.rounds[0].scores = {3, 4, 2, 1};
        report.rounds[0].notes = QStringLiteral("Slow start — ünïcode");
        QVERIFY(history.add(report));
        MockHistory again(dir.path());
        again.load();
        QVERIFY(again.loadMessages().isEmpty());
        QCOMPARE(again.reports().size(), std::size_t(1));
        QCOMPARE(again.reports()[0], report);
    }

    void badHistoryFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << QByteArray(R"({"schema":1,"loops":[{"id":"a","sta)") << "line 1";
        QTest::newRow("loops not a list") << QByteArray(R"({"schema":1,"loops":3})") << "\"loops\" should be a list";
        QTest::newRow("score out of range")
            << QByteArray(R"({"schema":1,"loops":[{"id":"a","started":1,"finished":2,"rounds":[{"kind":"coding","scores":[1,2,3,9]}]}]})")
            << "0 to 4";
        QTest::newRow("unknown round") << QByteArray(R"({"schema":1,"loops":[{"id":"a","started":1,"finished":2,"rounds":[{"kind":"poetry"}]}]})")
                                       << "unknown \"kind\"";
        QTest::newRow("id a number") << QByteArray(R"({"schema":1,"loops":[{"id":5,"started":1,"finished":2,"rounds":[]}]})")
                                     << "\"id\" should be a string";
        QTest::newRow("random bytes") << QByteArray("\x93\x11{{\xff", 5) << "line 1";
    }
    void badHistoryFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mock-history.json"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        }
        MockHistory history(dir.path());
        history.load();
        const QString all = history.loadMessages().join('\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        QVERIFY(history.reports().empty());
        QVERIFY(!QFile::exists(path));  // moved aside, never overwritten
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("mock-history.json.broken-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readFile(dir.filePath(aside.first())), bytes);
        QVERIFY(history.add(MockLoop::draw(mixedBank(), MockLoop::defaultPlan(), 1, 0)));
        QCOMPARE(readFile(dir.filePath(aside.first())), bytes);
    }
};

QTEST_GUILESS_MAIN(TestMockLoop)
#include "tst_mockloop.moc"
