#include "library/questionbank.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;

namespace {

QByteArray deckWith(const QByteArray &questionJson)
{
    return "{\"schema\": 1, \"deck\": \"T\", \"questions\": [" + questionJson + "]}";
}

const QByteArray kGood = R"({"id": "fundamentals.ok", "category": "fundamentals", "title": "Ok",
  "difficulty": "easy", "prompt": "Why?", "answer": "Because.", "tags": ["A", "b"],
  "key_points": ["x", "y", "z"], "follow_ups": ["And?"],
  "concept": {"page": "overfitting", "params": {"degree": 15, "function": "cos"}}})";

} // namespace

class TestQuestionBank : public QObject {
    Q_OBJECT

private slots:
    void readsAGoodQuestion()
    {
        QList<LoadProblem> problems;
        const auto questions = QuestionBank::parseDeck(deckWith(kGood), QStringLiteral("t.json"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        QCOMPARE(questions.size(), std::size_t(1));
        const Question &q = questions.front();
        QCOMPARE(q.id, QStringLiteral("fundamentals.ok"));
        QCOMPARE(q.difficulty, Difficulty::Easy);
        QCOMPARE(q.tags, QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(q.conceptLink.has_value());
        QCOMPARE(q.conceptLink->page, QStringLiteral("overfitting"));
        QCOMPARE(q.conceptLink->params.value(QStringLiteral("degree")).toDouble(), 15.0);
        QCOMPARE(q.conceptLink->params.value(QStringLiteral("function")).toString(), QStringLiteral("cos"));
    }

    void reportsBadEntries_data()
    {
        QTest::addColumn<QByteArray>("question");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing prompt") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "answer": "x"})")
                                        << "prompt" << "is missing";
        QTest::newRow("prompt is a number") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "prompt": 3, "answer": "x"})")
                                            << "prompt" << "expected a string, found a number";
        QTest::newRow("bad difficulty") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "brutal", "prompt": "p", "answer": "x"})")
                                        << "difficulty" << "expected easy, medium or hard";
        QTest::newRow("tags not a list") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "prompt": "p", "answer": "x", "tags": "t"})")
                                         << "tags" << "found a string";
        QTest::newRow("number in tags") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "prompt": "p", "answer": "x", "tags": ["t", 4]})")
                                        << "tags" << "found a number in it";
        QTest::newRow("unknown concept page") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "prompt": "p", "answer": "x", "concept": {"page": "nope"}})")
                                              << "concept.page" << "unknown page";
        QTest::newRow("concept param is a list") << QByteArray(R"({"id": "a.b", "category": "c", "difficulty": "easy", "prompt": "p", "answer": "x", "concept": {"page": "overfitting", "params": {"degree": [1]}}})")
                                                 << "concept.params.degree" << "expected a number or a string";
        QTest::newRow("uppercase id") << QByteArray(R"({"id": "A B", "category": "c", "difficulty": "easy", "prompt": "p", "answer": "x"})")
                                      << "id" << "lowercase";
        QTest::newRow("not an object") << QByteArray("42") << "" << "expected an object, found a number";
    }

    void reportsBadEntries()
    {
        QFETCH(QByteArray, question);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QList<LoadProblem> problems;
        // The good question after the bad one still loads.
        const auto questions = QuestionBank::parseDeck(deckWith(question + "," + kGood), QStringLiteral("deck.json"), problems);
        QCOMPARE(questions.size(), std::size_t(1));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems[0].file, QStringLiteral("deck.json"));
        QCOMPARE(problems[0].field, field);
        QVERIFY2(problems[0].message.contains(message), qPrintable(problems[0].toString()));
    }

    void reportsBrokenFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QByteArray(R"({"schema": 1, "questions": [{"id": )") << "line 1, column";
        QTest::newRow("no questions") << QByteArray(R"({"schema": 1})") << "is missing";
        QTest::newRow("questions is an object") << QByteArray(R"({"schema": 1, "questions": {}})") << "found an object";
        QTest::newRow("future schema") << QByteArray(R"({"schema": 7, "questions": []})") << "newer Loopcraft";
    }

    void reportsBrokenFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QList<LoadProblem> problems;
        QVERIFY(QuestionBank::parseDeck(bytes, QStringLiteral("user.json"), problems).empty());
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].toString().contains(message), qPrintable(problems[0].toString()));
        QVERIFY(problems[0].toString().contains(QStringLiteral("user.json")));
    }

    void duplicateIdsAreReportedNotMerged()
    {
        QuestionBank bank;
        QCOMPARE(bank.addDeck(deckWith(kGood + "," + kGood), QStringLiteral("one.json"), false), 1);
        QCOMPARE(bank.problems().size(), 1);
        QVERIFY(bank.problems()[0].message.contains(QStringLiteral("more than once")));
        QCOMPARE(bank.addDeck(deckWith(kGood), QStringLiteral("two.json"), true), 0);
        QCOMPARE(bank.problems().size(), 2);
        QVERIFY(bank.problems()[1].message.contains(QStringLiteral("one.json")));
        QCOMPARE(bank.questions().size(), std::size_t(1));
        QVERIFY(!bank.find(QStringLiteral("fundamentals.ok"))->userDeck);
    }

    void revisionChangesWithTheQuestions()
    {
        QuestionBank bank;
        const quint64 empty = bank.revision();
        QCOMPARE(bank.addDeck(deckWith(kGood), QStringLiteral("one.json"), false), 1);
        const quint64 one = bank.revision();
        QVERIFY(one != empty);
        QCOMPARE(bank.addDeck(deckWith(kGood), QStringLiteral("again.json"), true), 0);  // nothing added
        QCOMPARE(bank.revision(), one);
        const QuestionBank copy = bank;
        QCOMPARE(copy.revision(), one);  // the same questions
        // A bank made anew and filled the same way is another bank: a cache over the old one
        // must not take it for the same.
        bank = QuestionBank();
        QVERIFY(bank.revision() != empty && bank.revision() != one);
        QCOMPARE(bank.addDeck(deckWith(kGood), QStringLiteral("one.json"), false), 1);
        QVERIFY(bank.revision() != one);
    }

    void loadsUserDecksFromAFolder()
    {
        QTemporaryDir dir;
        QFile good(dir.filePath(QStringLiteral("mine.json")));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(deckWith(kGood));
        good.close();
        QFile bad(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"schema\": 1, \"questions\": [");
        bad.close();

        QuestionBank bank;
        bank.loadUserDecks(dir.path());
        QCOMPARE(bank.questions().size(), std::size_t(1));
        QVERIFY(bank.questions().front().userDeck);
        QCOMPARE(bank.problems().size(), 1);
        QVERIFY(bank.problems()[0].toString().contains(QStringLiteral("broken.json")));
    }

    void shippedContentLoadsWithoutProblems()
    {
        QuestionBank bank;
        bank.loadShipped();
        for (const LoadProblem &problem : bank.problems())
            qWarning().noquote() << problem.toString();
        QVERIFY(bank.problems().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestQuestionBank)
#include "tst_questionbank.moc"
