// Study scopes, above all a saved search used as one: resolved once with the Library's search
// (text, tags, review state), exact id sets, review state read as it is now, and queries that
// cannot be read said out loud instead of becoming "everything".
#include "library/searchindex.h"
#include "review/reviewstore.h"
#include "review/studyscope.h"
#include "reviewtesting.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;
using namespace loopcraft::testing;

namespace {

// Twelve questions "t.q0".."t.q11": categories fundamentals/coding alternate, tags even/odd,
// difficulties easy/medium/hard in turn.
QuestionBank bankOf12()
{
    QuestionBank bank;
    bank.addDeck(syntheticDeck(12, {QStringLiteral("fundamentals"), QStringLiteral("coding")}),
                 QStringLiteral("synthetic.json"), true);
    return bank;
}

QSet<QString> ids(std::initializer_list<int> numbers)
{
    QSet<QString> out;
    for (int n : numbers)
        out.insert(QStringLiteral("t.q%1").arg(n));
    return out;
}

StudyScope search(const QString &query, const QString &name = QStringLiteral("My search"))
{
    StudyScope scope;
    scope.kind = StudyScope::Kind::Search;
    scope.value = query;
    scope.name = name;
    return scope;
}

} // namespace

class TestStudyScope : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void searchFindsExactlyItsQuestions_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QSet<QString>>("expected");
        QTest::addColumn<QString>("problem");  // a word the problems must mention; empty = none
        QTest::newRow("a tag") << "tag:odd" << ids({1, 3, 5, 7, 9, 11}) << "";
        QTest::newRow("a tag, other case") << "TAG:Even" << ids({0, 2, 4, 6, 8, 10}) << "";
        QTest::newRow("not a tag") << "-tag:odd" << ids({0, 2, 4, 6, 8, 10}) << "";
        QTest::newRow("category and difficulty") << "cat:coding diff:hard" << ids({5, 11}) << "";
        QTest::newRow("a word of the title") << "question tag:even diff:easy" << ids({0, 6}) << "";
        QTest::newRow("a bookmark") << "is:bookmarked" << ids({4}) << "";
        QTest::newRow("every card is new") << "is:new cat:fundamentals" << ids({0, 2, 4, 6, 8, 10}) << "";
        QTest::newRow("nothing is due") << "is:due" << ids({}) << "";
        QTest::newRow("no such tag") << "tag:missing" << ids({}) << "";
        QTest::newRow("unreadable part is reported, the rest applies")
            << "tag:odd is:sleepy" << ids({1, 3, 5, 7, 9, 11}) << "is:sleepy";
        QTest::newRow("empty query finds nothing") << "   " << ids({}) << "empty";
        QTest::newRow("nothing readable finds nothing") << "is:sleepy diff:impossible" << ids({}) << "no condition";
    }
    void searchFindsExactlyItsQuestions()
    {
        QFETCH(QString, query);
        QFETCH(QSet<QString>, expected);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QuestionBank bank = bankOf12();
        ReviewStore store(dir.path());
        store.load();
        const QSet<QString> bookmarks{QStringLiteral("t.q4")};
        SearchContext context;
        context.bookmarks = &bookmarks;
        context.studyState = &store;

        StudyScope scope = search(query);
        QVERIFY(scope.needsResolving());
        for (const Question &q : bank.questions())
            QVERIFY(!scope.matches(q));  // unresolved: nothing, never everything
        scope.resolve(bank, context);
        QVERIFY(!scope.needsResolving());
        QCOMPARE(*scope.resolved, expected);
        for (const Question &q : bank.questions())
            QCOMPARE(scope.matches(q), expected.contains(q.id));
        if (problem.isEmpty())
            QVERIFY2(scope.problems.isEmpty(), qPrintable(scope.problems.join(u' ')));
        else
            QVERIFY2(scope.problems.join(u' ').contains(problem, Qt::CaseInsensitive),
                     qPrintable(scope.problems.join(u' ')));

        // A shared, prebuilt index gives the same answer.
        SearchIndex index;
        index.build(bank.questions());
        StudyScope again = search(query);
        again.resolve(bank, context, &index);
        QCOMPARE(*again.resolved, expected);
    }

    void aTagSearchMatchesTheTagScope()
    {
        const QuestionBank bank = bankOf12();
        StudyScope bySearch = search(QStringLiteral("tag:odd"));
        bySearch.resolve(bank, {});
        const StudyScope byTag{StudyScope::Kind::Tag, QStringLiteral("odd")};
        for (const Question &q : bank.questions())
            QCOMPARE(bySearch.matches(q), byTag.matches(q));
    }

    void reviewStateIsReadWhenResolved()
    {
        QTemporaryDir dir;
        const QuestionBank bank = bankOf12();
        ReviewStore store(dir.path());
        store.load();
        qint64 now = at(2026, 3, 2, 9);
        store.setClock([&now] { return now; });
        SearchContext context;
        context.studyState = &store;

        StudyScope fresh = search(QStringLiteral("is:new tag:even"));
        fresh.resolve(bank, context);
        QCOMPARE(*fresh.resolved, ids({0, 2, 4, 6, 8, 10}));
        QVERIFY(store.rate(QStringLiteral("t.q0"), Rating::Good, now));
        QVERIFY(store.rate(QStringLiteral("t.q6"), Rating::Easy, now));
        // What was resolved stays; resolving again reads the state as it is now.
        QCOMPARE(*fresh.resolved, ids({0, 2, 4, 6, 8, 10}));
        fresh.resolve(bank, context);
        QCOMPARE(*fresh.resolved, ids({2, 4, 8, 10}));

        StudyScope learning = search(QStringLiteral("is:learn"));
        learning.resolve(bank, context);
        QCOMPARE(*learning.resolved, ids({0}));  // Good on a new card: still in its steps
        StudyScope due = search(QStringLiteral("is:due"));
        due.resolve(bank, context);
        QCOMPARE(*due.resolved, ids({}));
        now += 30 * 86'400'000LL;  // a month later both are due
        due.resolve(bank, context);
        QCOMPARE(*due.resolved, ids({0, 6}));
    }

    void labelsNameTheScope_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::newRow("everything") << int(StudyScope::Kind::Everything) << "" << "" << "Everything";
        QTest::newRow("tag") << int(StudyScope::Kind::Tag) << "odd" << "" << "Tag: odd";
        QTest::newRow("difficulty") << int(StudyScope::Kind::Difficulty) << "hard" << "" << "Difficulty: hard";
        QTest::newRow("saved search") << int(StudyScope::Kind::Search) << "tag:odd" << "Odd ones" << "Search: Odd ones";
        QTest::newRow("search without a name") << int(StudyScope::Kind::Search) << "tag:odd" << "" << "Search: tag:odd";
    }
    void labelsNameTheScope()
    {
        QFETCH(int, kind);
        QFETCH(QString, value);
        QFETCH(QString, name);
        QFETCH(QString, label);
        StudyScope scope{StudyScope::Kind(kind), value, name};
        QCOMPARE(scope.label(), label);
    }
};

QTEST_GUILESS_MAIN(TestStudyScope)
#include "tst_studyscope.moc"
