#include "library/queryparser.h"
#include "library/searchindex.h"
#include "library/studystate.h"
#include "library/tokenizer.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace loopcraft;

namespace {

Question make(const QString &id, const QString &title, const QString &answer, const QStringList &tags = {},
              const QStringList &keyPoints = {}, Difficulty difficulty = Difficulty::Medium)
{
    Question q;
    q.id = id;
    q.category = id.section(QLatin1Char('.'), 0, 0);
    q.title = title;
    q.prompt = title;
    q.answer = answer;
    q.tags = tags;
    q.keyPoints = keyPoints;
    q.difficulty = difficulty;
    return q;
}

// A review state per id; ids not listed are new.
class FakeStudyState : public StudyStateProvider {
public:
    QHash<QString, StudyState> states;
    StudyState studyState(const QString &id) const override { return states.value(id); }
};

QStringList ids(const std::vector<Question> &bank, const SearchResult &result)
{
    QStringList out;
    for (const SearchHit &hit : result.hits)
        out << bank[static_cast<std::size_t>(hit.question)].id;
    return out;
}

// A small bank in which every query form has something to find and something to skip.
std::vector<Question> formsBank()
{
    std::vector<Question> bank;
    bank.push_back(make(QStringLiteral("algorithms.xgboost"), QStringLiteral("How XGBoost builds trees"),
                        QStringLiteral("Gradient boosting adds shallow trees, each fitting the residuals."),
                        {QStringLiteral("xgboost"), QStringLiteral("boosting")}, {}, Difficulty::Hard));
    bank.push_back(make(QStringLiteral("fundamentals.overfitting"), QStringLiteral("Overfitting and how to avoid it"),
                        QStringLiteral("Regularization, cross-validation and more data reduce variance."),
                        {QStringLiteral("overfitting"), QStringLiteral("regularization")}, {}, Difficulty::Easy));
    bank.push_back(make(QStringLiteral("coding.two-sum"), QStringLiteral("Two sum with a hash map"),
                        QStringLiteral("Walk the world of numbers once, storing each complement in a hash map."),
                        {QStringLiteral("arrays"), QStringLiteral("hashing")}, {}, Difficulty::Easy));
    bank.push_back(make(QStringLiteral("math.gradient-descent"), QStringLiteral("Gradient descent step size"),
                        QStringLiteral("Too large a learning rate diverges; the wild world of descent."),
                        {QStringLiteral("optimization")}, {}, Difficulty::Medium));
    bank.back().subcategory = QStringLiteral("optimization");
    return bank;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

private slots:
    void tokenizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("case folded") << QStringLiteral("XGBoost Trees") << QStringList{"xgboost", "trees"};
        QTest::newRow("accents folded") << QStringLiteral("Café naïve") << QStringList{"cafe", "naive"};
        QTest::newRow("punctuation splits") << QStringLiteral("k-means, F1/score!") << QStringList{"k", "means", "f1", "score"};
        QTest::newRow("apostrophe inside") << QStringLiteral("don't stop") << QStringList{"dont", "stop"};
        QTest::newRow("greek letters") << QStringLiteral("Σ over λ") << QStringList{"σ", "over", "λ"};
        QTest::newRow("empty") << QString() << QStringList{};
        QTest::newRow("only symbols") << QStringLiteral("+ - * / ()") << QStringList{};
        // Folding goes one character at a time (see pastedBlobsParseInFull); compatibility forms
        // and characters beyond the BMP must fold as they did for the whole word.
        QTest::newRow("compatibility forms") << QStringLiteral("ﬁne ＡＢＣ Ⅻ") << QStringList{"fine", "abc", "xii"};
        QTest::newRow("combining marks") << QStringLiteral("Cafe\u0301 n\u0303o\u0323") << QStringList{"cafe", "no"};
        QTest::newRow("hangul") << QStringLiteral("한국어") << QStringList{"\u1112\u1161\u11AB\u1100\u116E\u11A8\u110B\u1165"};
    }
    void tokenizes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QCOMPARE(Tokenizer::terms(text), terms);
    }

    void foldsOutsideTheBmp()
    {
        // Surrogate pairs stay together when folding goes one character at a time.
        QCOMPARE(Tokenizer::fold(QStringLiteral("\U0001D400\U0001D41B\U0001D41C")), QStringLiteral("abc"));
        QCOMPARE(Tokenizer::fold(QStringLiteral("x\U0001F600é")), QStringLiteral("x\U0001F600e"));
    }

    void tokenPositionsPointIntoTheText()
    {
        const QString text = QStringLiteral("  Café — au LAIT ");
        for (const Token &token : Tokenizer::tokenize(text))
            QCOMPARE(Tokenizer::fold(QStringView(text).mid(token.start, token.length)), token.term);
    }

    void stems_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("stem");
        QTest::newRow("plural s") << "trees" << "tree";
        QTest::newRow("ies") << "probabilities" << "probability";
        QTest::newRow("sses") << "losses" << "loss";
        QTest::newRow("xes") << "boxes" << "box";
        QTest::newRow("ss kept") << "loss" << "loss";
        QTest::newRow("us kept") << "bonus" << "bonus";
        QTest::newRow("short kept") << "gas" << "gas";
    }
    void stems()
    {
        QFETCH(QString, word);
        QFETCH(QString, stem);
        QCOMPARE(Tokenizer::stem(word), stem);
    }

    // Each row: two questions that both contain the word, the first in a stronger field.
    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("strongFields");  // field of the word in the first question
        QTest::addColumn<QStringList>("weakFields");    // ... in the second

        QTest::newRow("title above body") << "calibration" << QStringList{"title"} << QStringList{"answer"};
        QTest::newRow("title above repeated body") << "calibration" << QStringList{"title"} << QStringList{"answer3"};
        QTest::newRow("key point above body") << "calibration" << QStringList{"keypoint"} << QStringList{"answer"};
        QTest::newRow("tag above body") << "calibration" << QStringList{"tag"} << QStringList{"answer"};
        QTest::newRow("title above tag") << "calibration" << QStringList{"title"} << QStringList{"tag"};
        QTest::newRow("two fields above one") << "calibration" << QStringList{"title", "answer"} << QStringList{"title"};
        QTest::newRow("exact above prefix") << "calib" << QStringList{"title-exact"} << QStringList{"title"};
        QTest::newRow("exact above typo") << "calibration" << QStringList{"title"} << QStringList{"title-typo"};
        QTest::newRow("both words above one") << "calibration curve" << QStringList{"title", "curve"} << QStringList{"title", "curve-answer"};
    }
    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, strongFields);
        QFETCH(QStringList, weakFields);
        auto build = [](const QString &id, const QStringList &fields) {
            Question q = make(id, QStringLiteral("A question"), QStringLiteral("Some general words about models."));
            q.keyPoints = {QStringLiteral("Models need data.")};
            for (const QString &f : fields) {
                if (f == QLatin1String("title"))
                    q.title += QStringLiteral(" on calibration");
                else if (f == QLatin1String("title-exact"))
                    q.title += QStringLiteral(" on calib");
                else if (f == QLatin1String("title-typo"))
                    q.title += QStringLiteral(" on calibrasion");
                else if (f == QLatin1String("answer"))
                    q.answer += QStringLiteral(" Calibration matters.");
                else if (f == QLatin1String("answer3"))
                    q.answer += QStringLiteral(" Calibration, calibration and calibration again.");
                else if (f == QLatin1String("keypoint"))
                    q.keyPoints << QStringLiteral("Check calibration.");
                else if (f == QLatin1String("tag"))
                    q.tags << QStringLiteral("calibration");
                else if (f == QLatin1String("curve-answer"))
                    q.answer += QStringLiteral(" A curve.");
                else if (f == QLatin1String("curve"))
                    q.title += QStringLiteral(" curve");
            }
            q.prompt = q.title;
            return q;
        };
        // Filler questions give the words a realistic document frequency.
        std::vector<Question> bank;
        bank.push_back(build(QStringLiteral("test.weak"), weakFields));
        bank.push_back(build(QStringLiteral("test.strong"), strongFields));
        for (int i = 0; i < 20; ++i)
            bank.push_back(make(QStringLiteral("test.filler%1").arg(i), QStringLiteral("Filler %1").arg(i),
                                QStringLiteral("Unrelated text about trees and curves number %1.").arg(i)));
        SearchIndex index;
        index.build(bank);
        const QStringList found = ids(bank, index.search(query));
        QVERIFY2(found.size() >= 2, qPrintable(found.join(QLatin1Char(','))));
        QCOMPARE(found.mid(0, 2), (QStringList{"test.strong", "test.weak"}));
    }

    void queryForms_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("withStudyState");
        QTest::addColumn<QStringList>("expected");  // sorted ids

        const QString xgb = QStringLiteral("algorithms.xgboost");
        const QString over = QStringLiteral("fundamentals.overfitting");
        const QString two = QStringLiteral("coding.two-sum");
        const QString gd = QStringLiteral("math.gradient-descent");
        auto sorted = [](QStringList l) { l.sort(); return l; };
        const QStringList all = sorted({xgb, over, two, gd});

        QTest::newRow("empty query: everything") << "" << false << all;
        QTest::newRow("word") << "residuals" << false << QStringList{xgb};
        QTest::newRow("word, any case") << "RESIDUALS" << false << QStringList{xgb};
        QTest::newRow("two words: both must match") << "hash complement" << false << QStringList{two};
        QTest::newRow("no match") << "transformer" << false << QStringList{};
        QTest::newRow("stem: singular finds plural") << "residual" << false << QStringList{xgb};
        QTest::newRow("prefix") << "regulari" << false << QStringList{over};
        QTest::newRow("typo, 5+ letters") << "gradeint" << false << sorted({xgb, gd});
        QTest::newRow("no typo under 5 letters") << "wrld" << false << QStringList{};
        QTest::newRow("quoted phrase") << "\"learning rate\"" << false << QStringList{gd};
        QTest::newRow("phrase out of order") << "\"rate learning\"" << false << QStringList{};
        QTest::newRow("hyphenated word is a phrase") << "cross-validation" << false << QStringList{over};
        QTest::newRow("negated word") << "world -hash" << false << QStringList{gd};
        QTest::newRow("negation alone") << "-trees" << false << sorted({over, two, gd});
        QTest::newRow("negated phrase") << "-\"hash map\"" << false << sorted({xgb, over, gd});
        QTest::newRow("wildcard star") << "w*ld" << false << sorted({two, gd});
        QTest::newRow("wildcard underscore") << "w_ld" << false << QStringList{gd};
        QTest::newRow("negated wildcard") << "-w*ld" << false << sorted({xgb, over});
        QTest::newRow("tag") << "tag:xgboost" << false << QStringList{xgb};
        QTest::newRow("tag, case-insensitive") << "tag:XGBoost" << false << QStringList{xgb};
        QTest::newRow("tag wildcard") << "tag:hash*" << false << QStringList{two};
        QTest::newRow("negated tag") << "-tag:xgboost" << false << sorted({over, two, gd});
        QTest::newRow("tag and word") << "tag:boosting shallow" << false << QStringList{xgb};
        QTest::newRow("category") << "cat:coding" << false << QStringList{two};
        QTest::newRow("subcategory") << "cat:optimization" << false << QStringList{gd};
        QTest::newRow("negated category") << "-cat:coding" << false << sorted({xgb, over, gd});
        QTest::newRow("difficulty") << "diff:easy" << false << sorted({over, two});
        QTest::newRow("difficulty hard") << "diff:hard" << false << QStringList{xgb};
        QTest::newRow("bad difficulty is skipped") << "diff:extreme" << false << all;
        QTest::newRow("bookmarked") << "is:bookmarked" << false << QStringList{two};
        QTest::newRow("not bookmarked") << "-is:bookmarked" << false << sorted({xgb, over, gd});
        QTest::newRow("no scheduler: all new") << "is:new" << false << all;
        QTest::newRow("no scheduler: none due") << "is:due" << false << QStringList{};
        QTest::newRow("no scheduler: none learning") << "is:learn" << false << QStringList{};
        QTest::newRow("no scheduler: none in review") << "is:review" << false << QStringList{};
        QTest::newRow("no scheduler: no intervals") << "prop:ivl>=0" << false << QStringList{};
        QTest::newRow("new") << "is:new" << true << QStringList{two};
        QTest::newRow("due") << "is:due" << true << sorted({xgb, gd});
        QTest::newRow("learning and relearning") << "is:learn" << true << sorted({over, gd});
        QTest::newRow("review") << "is:review" << true << QStringList{xgb};
        QTest::newRow("interval >=") << "prop:ivl>=10" << true << QStringList{xgb};
        QTest::newRow("interval >") << "prop:ivl>1" << true << QStringList{xgb};
        QTest::newRow("interval <") << "prop:ivl<1" << true << sorted({over, two});
        QTest::newRow("interval <=") << "prop:ivl<=1" << true << sorted({over, two, gd});
        QTest::newRow("interval =") << "prop:ivl=1" << true << QStringList{gd};
        QTest::newRow("everything at once") << "world -hash diff:medium is:due prop:ivl<5" << true << QStringList{gd};
    }
    void queryForms()
    {
        QFETCH(QString, query);
        QFETCH(bool, withStudyState);
        QFETCH(QStringList, expected);
        const std::vector<Question> bank = formsBank();
        SearchIndex index;
        index.build(bank);
        const QSet<QString> bookmarks{QStringLiteral("coding.two-sum")};
        FakeStudyState study;
        // xgboost: review, due, 30 days; overfitting: learning 0.2 d; gradient: relearning, due, 1 d.
        study.states.insert(QStringLiteral("algorithms.xgboost"), {StudyState::Stage::Review, true, 30.0});
        study.states.insert(QStringLiteral("fundamentals.overfitting"), {StudyState::Stage::Learning, false, 0.2});
        study.states.insert(QStringLiteral("math.gradient-descent"), {StudyState::Stage::Relearning, true, 1.0});
        SearchContext context;
        context.bookmarks = &bookmarks;
        context.studyState = withStudyState ? &study : nullptr;
        QStringList found = ids(bank, index.search(query, {}, context));
        found.sort();
        QCOMPARE(found, expected);
    }

    void filtersCombineWithTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("difficulty");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("category") << "" << "coding" << "" << "" << 0 << QStringList{"coding.two-sum"};
        QTest::newRow("difficulty + word") << "world" << "" << "medium" << "" << 0 << QStringList{"math.gradient-descent"};
        QTest::newRow("tag") << "" << "" << "" << "overfitting" << 0 << QStringList{"fundamentals.overfitting"};
        QTest::newRow("bookmarked + word") << "world" << "" << "" << ""
                                          << int(SearchFilter::Status::Bookmarked) << QStringList{"coding.two-sum"};
        QTest::newRow("filters and query disagree") << "residuals" << "coding" << "" << "" << 0 << QStringList{};
    }
    void filtersCombineWithTheQuery()
    {
        QFETCH(QString, query);
        QFETCH(QString, category);
        QFETCH(QString, difficulty);
        QFETCH(QString, tag);
        QFETCH(int, status);
        QFETCH(QStringList, expected);
        const std::vector<Question> bank = formsBank();
        SearchIndex index;
        index.build(bank);
        SearchFilter filter;
        filter.category = category;
        if (!difficulty.isEmpty())
            filter.difficulty = difficultyFromId(difficulty);
        filter.tag = tag;
        filter.status = static_cast<SearchFilter::Status>(status);
        const QSet<QString> bookmarks{QStringLiteral("coding.two-sum")};
        SearchContext context;
        context.bookmarks = &bookmarks;
        QStringList found = ids(bank, index.search(query, filter, context));
        found.sort();
        QCOMPARE(found, expected);
    }

    void parserReportsWhatItCannotRead_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("problems");
        QTest::addColumn<int>("atoms");
        QTest::newRow("fine") << "tag:x diff:hard is:due prop:ivl>=3 \"a b\" -c w*d" << 0 << 7;
        QTest::newRow("bad difficulty") << "diff:extreme word" << 1 << 1;
        QTest::newRow("unknown is") << "is:sleeping" << 1 << 0;
        QTest::newRow("bad prop") << "prop:ease>2" << 1 << 0;
        QTest::newRow("half typed field") << "tag:" << 0 << 0;
        QTest::newRow("unclosed quote") << "\"gradient desc" << 0 << 1;
        QTest::newRow("unknown field is words") << "ratio:3" << 0 << 1;
        QTest::newRow("lone star") << "*" << 0 << 0;
    }
    void parserReportsWhatItCannotRead()
    {
        QFETCH(QString, query);
        QFETCH(int, problems);
        QFETCH(int, atoms);
        const Query parsed = QueryParser::parse(query);
        QCOMPARE(parsed.problems.size(), problems);
        QCOMPARE(int(parsed.atoms.size()), atoms);
    }

    // A blob pasted into the search box is read in full, in time proportional to its length (the
    // time itself is measured by BM_QueryParse). Folding a long accented word used to be quadratic.
    void pastedBlobsParseInFull_data()
    {
        QTest::addColumn<QString>("blob");
        QTest::addColumn<int>("atoms");
        QTest::addColumn<QString>("firstAtomText");
        const QString accented(40000, QChar(0x00E9));
        QTest::newRow("one long accented word") << accented << 1 << QString(40000, QLatin1Char('e'));
        QTest::newRow("a run of combining marks")
            << QStringLiteral("a") + QStringLiteral("\u0301\u0316").repeated(20000) << 1 << QStringLiteral("a");
        QString words;
        for (int i = 0; i < 5000; ++i)
            words += QStringLiteral("café tag:ml diff:hard ");
        QTest::newRow("many short parts") << words << 15000 << QStringLiteral("cafe");
    }
    void pastedBlobsParseInFull()
    {
        QFETCH(QString, blob);
        QFETCH(int, atoms);
        QFETCH(QString, firstAtomText);
        const Query parsed = QueryParser::parse(blob);
        QCOMPARE(int(parsed.atoms.size()), atoms);
        QCOMPARE(parsed.atoms.front().text, firstAtomText);
        QVERIFY(parsed.problems.isEmpty());
    }

    void matchRangesMarkWhatWasFound()
    {
        const std::vector<Question> bank = formsBank();
        SearchIndex index;
        index.build(bank);
        const SearchResult result = index.search(QStringLiteral("regulariz \"cross validation\""));
        const QString text = QStringLiteral("Use Regularization and cross-validation.");
        const auto ranges = result.matchRanges(text);
        QStringList marked;
        for (const auto &[start, length] : ranges)
            marked << text.mid(start, length);
        QCOMPARE(marked, (QStringList{"Regularization", "cross-validation"}));
    }

    void typoExpansionsStayWithinOneEdit()
    {
        const std::vector<Question> bank = formsBank();
        SearchIndex index;
        index.build(bank);
        const QStringList found = index.expansions(QStringLiteral("bosting"));
        QVERIFY(found.contains(QStringLiteral("boosting")));
        QVERIFY(!index.expansions(QStringLiteral("bstng")).contains(QStringLiteral("boosting")));
        QVERIFY(index.expansions(QStringLiteral("gradeint")).contains(QStringLiteral("gradient")));
        QVERIFY(!index.expansions(QStringLiteral("graedint")).contains(QStringLiteral("gradient")));
        QVERIFY(index.expansions(QStringLiteral("grad")).contains(QStringLiteral("gradient")));
    }

    void digitsAreNeverTypos()
    {
        std::vector<Question> bank;
        bank.push_back(make(QStringLiteral("a.one"), QStringLiteral("ResNet50 in practice"), QStringLiteral("Deep.")));
        bank.push_back(make(QStringLiteral("a.two"), QStringLiteral("ResNet18 in practice"), QStringLiteral("Small.")));
        SearchIndex index;
        index.build(bank);
        QCOMPARE(ids(bank, index.search(QStringLiteral("resnet50"))), QStringList{QStringLiteral("a.one")});
        QCOMPARE(ids(bank, index.search(QStringLiteral("resnet"))).size(), 2);  // the prefix finds both
    }

    void emptyBankFindsNothing()
    {
        const std::vector<Question> bank;
        SearchIndex index;
        index.build(bank);
        QVERIFY(index.search(QStringLiteral("anything")).hits.empty());
        QVERIFY(index.search(QString()).hits.empty());
        SearchIndex unbuilt;
        QVERIFY(unbuilt.search(QStringLiteral("x")).hits.empty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
