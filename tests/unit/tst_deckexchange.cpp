#include "library/deckexchange.h"
#include "library/markdownhtml.h"
#include "library/questionbank.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loopcraft;

namespace {

// Every field that a deck carries; deck and userDeck say where it came from and are not content.
void compareContent(const Question &a, const Question &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.category, b.category);
    QCOMPARE(a.subcategory, b.subcategory);
    QCOMPARE(a.title, b.title);
    QCOMPARE(a.prompt, b.prompt);
    QCOMPARE(a.answer, b.answer);
    QCOMPARE(a.difficulty, b.difficulty);
    QCOMPARE(a.tags, b.tags);
    QCOMPARE(a.keyPoints, b.keyPoints);
    QCOMPARE(a.followUps, b.followUps);
    QCOMPARE(a.related, b.related);
    QCOMPARE(a.principles, b.principles);
    QCOMPARE(a.conceptLink.has_value(), b.conceptLink.has_value());
    if (a.conceptLink) {
        QCOMPARE(a.conceptLink->page, b.conceptLink->page);
        QCOMPARE(a.conceptLink->params, b.conceptLink->params);
    }
}

std::vector<Question> richQuestions()
{
    std::vector<Question> out;
    Question a;
    a.id = QStringLiteral("fundamentals.bias-variance");
    a.category = QStringLiteral("fundamentals");
    a.subcategory = QStringLiteral("generalization");
    a.title = QStringLiteral("Bias–variance: “why” it matters ✓");
    a.prompt = QStringLiteral("Explain the bias–variance trade-off. Use σ² and \"quotes\".");
    a.answer = QStringLiteral("**Short answer.** Error = bias² + variance + σ².\n\n### Depth\n\n- one\n- two\n\n```\ncode\tline\n```");
    a.difficulty = Difficulty::Hard;
    a.tags = {QStringLiteral("bias-variance"), QStringLiteral("generalization")};
    a.keyPoints = {QStringLiteral("Bias falls with capacity."), QStringLiteral("Variance rises."), QStringLiteral("Noise stays.")};
    a.followUps = {QStringLiteral("How does bagging help?")};
    a.related = {QStringLiteral("fundamentals.overfitting")};
    a.conceptLink = ConceptLink{QStringLiteral("bias-variance"),
                                {{QStringLiteral("degree"), 15.0}, {QStringLiteral("noise"), 0.2},
                                 {QStringLiteral("function"), QStringLiteral("cos")}}};
    out.push_back(a);
    Question b;
    b.id = QStringLiteral("behavioral.ownership-example");
    b.category = QStringLiteral("behavioral");
    b.title = QStringLiteral("A time you took ownership");
    b.prompt = b.title;
    b.answer = QStringLiteral("Use STAR.");
    b.principles = {QStringLiteral("ownership"), QStringLiteral("bias-for-action")};
    b.followUps = {QStringLiteral("What would you change?")};
    out.push_back(b);
    return out;
}

std::vector<const Question *> pointers(const std::vector<Question> &questions)
{
    std::vector<const Question *> out;
    for (const Question &q : questions)
        out.push_back(&q);
    return out;
}

} // namespace

class TestDeckExchange : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deckJsonRoundTripsExactly()
    {
        const std::vector<Question> original = richQuestions();
        const QByteArray bytes = DeckExchange::toDeckJson(pointers(original), QStringLiteral("Mine"));
        QList<LoadProblem> problems;
        const std::vector<Question> back = QuestionBank::parseDeck(bytes, QStringLiteral("export.json"), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.isEmpty() ? QString() : problems.first().toString()));
        QCOMPARE(back.size(), original.size());
        for (std::size_t i = 0; i < back.size(); ++i)
            compareContent(back[i], original[i]);
        // Exporting what was read gives the same bytes: nothing drifts on a second trip.
        QCOMPARE(DeckExchange::toDeckJson(pointers(back), QStringLiteral("Mine")), bytes);
    }

    void shippedBankRoundTripsExactly()
    {
        QuestionBank bank;
        bank.loadShipped();
        std::vector<const Question *> all;
        for (const Question &q : bank.questions())
            all.push_back(&q);
        QList<LoadProblem> problems;
        const auto back = QuestionBank::parseDeck(DeckExchange::toDeckJson(all, QStringLiteral("All")),
                                                  QStringLiteral("all.json"), problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back.size(), all.size());
        for (std::size_t i = 0; i < back.size(); ++i)
            compareContent(back[i], *all[i]);
    }

    void markdownSurvivesHtmlAndBack_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::newRow("paragraphs") << "One line.\n\nTwo lines.";
        QTest::newRow("bold italic code") << "**Short answer.** Use *care* and `x < y && z`.";
        QTest::newRow("bullets") << "Points:\n\n- one\n- two & three";
        QTest::newRow("numbered") << "1. first\n2. second";
        QTest::newRow("heading") << "### Depth\n\nText.";
        QTest::newRow("code block") << "```\nfor i in range(3):\n    print(i)\n```";
        QTest::newRow("link") << "See [docs](https://example.org/a).";
        QTest::newRow("unicode") << "σ² ≈ 0.2 — naïve “quotes”";
    }
    void markdownSurvivesHtmlAndBack()
    {
        QFETCH(QString, markdown);
        const QString html = MarkdownHtml::toHtml(markdown);
        QVERIFY(!html.contains(QLatin1Char('\n')));
        QVERIFY(!html.contains(QLatin1Char('\t')));
        QCOMPARE(MarkdownHtml::toMarkdown(html), markdown);
    }

    void ankiTextRoundTrips()
    {
        const std::vector<Question> original = richQuestions();
        const QByteArray text = DeckExchange::toAnkiText(pointers(original));
        // One note per line after the three header lines, three tab-separated fields each.
        QList<QByteArray> lines = text.split('\n');
        QCOMPARE(lines.takeLast(), QByteArray());  // the file ends with a newline
        QCOMPARE(lines.size(), 3 + int(original.size()));
        for (int i = 3; i < lines.size(); ++i)
            QCOMPARE(lines[i].count('\t'), 2);
        QList<LoadProblem> problems;
        const auto back = DeckExchange::fromAnkiText(text, QStringLiteral("cards.txt"), QStringLiteral("imported"), {}, problems);
        QVERIFY(problems.isEmpty());
        QCOMPARE(back.size(), original.size());
        for (std::size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].prompt, original[i].prompt);
            QCOMPARE(back[i].tags, original[i].tags);
            QCOMPARE(back[i].category, QStringLiteral("imported"));
        }
        QCOMPARE(back[1].answer, original[1].answer);
        QVERIFY(back[0].answer.startsWith(QStringLiteral("**Short answer.** Error = bias² + variance + σ².")));
        // An imported deck is a valid deck.
        QList<LoadProblem> deckProblems;
        const auto asDeck = QuestionBank::parseDeck(DeckExchange::toDeckJson(pointers(back), QStringLiteral("Imported")),
                                                    QStringLiteral("imported.json"), deckProblems);
        QVERIFY(deckProblems.isEmpty());
        QCOMPARE(asDeck.size(), back.size());
    }

    void readsAnkiExports_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("prompts");
        QTest::addColumn<QStringList>("answers");
        QTest::addColumn<QStringList>("tags");   // of the first note, space-joined per note
        QTest::addColumn<int>("problems");

        QTest::newRow("plain tabs, no header")
            << QByteArray("What is AUC?\tArea under the ROC curve.\tmetrics roc\n")
            << QStringList{"What is AUC?"} << QStringList{"Area under the ROC curve."} << QStringList{"metrics roc"} << 0;
        QTest::newRow("headers and html")
            << QByteArray("#separator:tab\n#html:true\n#tags column:3\nFront <b>bold</b>\tA&amp;B<br>next\tAnki::Deep_Tag\n")
            << QStringList{"Front **bold**"} << QStringList{"A&B\nnext"} << QStringList{"anki-deep-tag"} << 0;
        QTest::newRow("quoted field with newline")
            << QByteArray("\"Two\nlines\"\t\"Say \"\"hi\"\"\"\n")
            << QStringList{"Two lines"} << QStringList{"Say \"hi\""} << QStringList{""} << 0;
        QTest::newRow("html off keeps text")
            << QByteArray("#html:false\na <b>\tb\n") << QStringList{"a <b>"} << QStringList{"b"} << QStringList{""} << 0;
        QTest::newRow("semicolon header")
            << QByteArray("#separator:Semicolon\nq1;a1\nq2;a2\n")
            << QStringList{"q1", "q2"} << QStringList{"a1", "a2"} << QStringList{"", ""} << 0;
        QTest::newRow("bad lines skipped, rest kept")
            << QByteArray("only one field\nq\t\n\ta\nGood\tAnswer\n\n")
            << QStringList{"Good"} << QStringList{"Answer"} << QStringList{""} << 3;
        QTest::newRow("byte order mark and CRLF")
            << QByteArray("\xEF\xBB\xBFq\ta\r\n") << QStringList{"q"} << QStringList{"a"} << QStringList{""} << 0;
        QTest::newRow("empty file") << QByteArray() << QStringList{} << QStringList{} << QStringList{} << 1;
        QTest::newRow("not UTF-8") << QByteArray("\xff\xfe\x00q\x00\t") << QStringList{} << QStringList{} << QStringList{} << 1;
    }
    void readsAnkiExports()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, prompts);
        QFETCH(QStringList, answers);
        QFETCH(QStringList, tags);
        QFETCH(int, problems);
        QList<LoadProblem> found;
        const auto notes = DeckExchange::fromAnkiText(text, QStringLiteral("in.txt"), QStringLiteral("imported"), {}, found);
        QCOMPARE(found.size(), problems);
        QCOMPARE(int(notes.size()), int(prompts.size()));
        for (std::size_t i = 0; i < notes.size(); ++i) {
            QCOMPARE(notes[i].prompt.simplified(), prompts[int(i)]);
            QCOMPARE(notes[i].answer, answers[int(i)]);
            QCOMPARE(notes[i].tags.join(QLatin1Char(' ')), tags[int(i)]);
        }
    }

    void importedIdsAreUniqueAndValid()
    {
        const QByteArray text("Same front\ta\nSame front\tb\n!!!\tc\n");
        QList<LoadProblem> problems;
        const auto notes = DeckExchange::fromAnkiText(text, QStringLiteral("in.txt"), QStringLiteral("imported"),
                                                      {QStringLiteral("imported.same-front")}, problems);
        QCOMPARE(notes.size(), std::size_t(3));
        QCOMPARE(notes[0].id, QStringLiteral("imported.same-front-2"));
        QCOMPARE(notes[1].id, QStringLiteral("imported.same-front-3"));
        QCOMPARE(notes[2].id, QStringLiteral("imported.card"));
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator generator(7);
        for (int round = 0; round < 50; ++round) {
            QByteArray bytes(generator.bounded(1, 400), '\0');
            for (char &c : bytes)
                c = static_cast<char>(generator.bounded(256));
            QList<LoadProblem> problems;
            const auto notes = DeckExchange::fromAnkiText(bytes, QStringLiteral("r.txt"), QStringLiteral("imported"), {}, problems);
            for (const Question &q : notes)
                QVERIFY(!q.prompt.isEmpty() && !q.answer.isEmpty());
            QVERIFY(!notes.empty() || !problems.isEmpty());
        }
    }

    void writingADeckNeverOverwritesWithoutBeingAsked()
    {
        QTemporaryDir dir;
        const QString decks = dir.filePath(QStringLiteral("decks"));
        QCOMPARE(DeckExchange::writeUserDeck(decks, QStringLiteral("mine"), "first", false), DeckExchange::WriteResult::Written);
        QCOMPARE(DeckExchange::writeUserDeck(decks, QStringLiteral("mine"), "second", false), DeckExchange::WriteResult::Exists);
        QFile file(QDir(decks).filePath(QStringLiteral("mine.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("first"));
        file.close();
        QCOMPARE(DeckExchange::freeDeckStem(decks, QStringLiteral("mine")), QStringLiteral("mine-2"));
        QCOMPARE(DeckExchange::writeUserDeck(decks, QStringLiteral("mine"), "second", true), DeckExchange::WriteResult::Written);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second"));
    }

    void deckFileStems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("stem");
        QTest::newRow("path and extension") << "/home/a/My Deck (2).txt" << "my-deck-2";
        QTest::newRow("accents") << "Café Élan.json" << "cafe-elan";
        QTest::newRow("nothing usable") << "???.txt" << "imported";
    }
    void deckFileStems()
    {
        QFETCH(QString, name);
        QFETCH(QString, stem);
        QCOMPARE(DeckExchange::deckFileStem(name), stem);
    }
};

QTEST_GUILESS_MAIN(TestDeckExchange)
#include "tst_deckexchange.moc"
