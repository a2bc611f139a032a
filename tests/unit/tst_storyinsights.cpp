#include "stories/storyinsights.h"

#include <QStandardPaths>
#include <QTest>

using namespace loopcraft;

Q_DECLARE_METATYPE(loopcraft::Measure::Kind)

namespace {

std::array<QString, 4> star(const QString &s, const QString &t, const QString &a, const QString &r)
{
    return {s, t, a, r};
}

QString words(int n, const QString &word = QStringLiteral("word"))
{
    QStringList list;
    for (int i = 0; i < n; ++i)
        list << word;
    return list.join(QLatin1Char(' '));
}

QStringList spanTexts(const QString &text, const QList<TextSpan> &spans)
{
    QStringList out;
    for (const TextSpan &span : spans)
        out << text.mid(span.start, span.length);
    return out;
}

} // namespace

class TestStoryInsights : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void countsWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("spaces only") << QStringLiteral("  \n\t ") << 0;
        QTest::newRow("one") << QStringLiteral("Hello") << 1;
        QTest::newRow("punctuation is not a word") << QStringLiteral("Yes , no . — ! ?") << 2;
        QTest::newRow("contractions are one word") << QStringLiteral("I'm sure we’ll ship") << 4;
        QTest::newRow("hyphenated is one word") << QStringLiteral("a well-known fix") << 3;
        QTest::newRow("decimals and thousands") << QStringLiteral("2.5 and 1,000 users") << 4;
        QTest::newRow("sentence end after number") << QStringLiteral("It took 3. Then 4.") << 5;
        QTest::newRow("unicode accents") << QStringLiteral("Café naïve — 30 % faster") << 4;
        QTest::newRow("combining marks") << QStringLiteral("Cafe\u0301 re\u0301sume\u0301") << 2;
        QTest::newRow("cyrillic and greek") << QStringLiteral("Привет мир σ²") << 3;
        QTest::newRow("CJK run") << QStringLiteral("数据 data") << 2;
        QTest::newRow("astral letters") << QStringLiteral("𝐀𝐁 next") << 2;
        QTest::newRow("emoji is not a word") << QStringLiteral("done 🎉 today") << 2;
        QTest::newRow("newlines") << QStringLiteral("one\ntwo\r\nthree") << 3;
    }

    void countsWords()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(StoryInsights::countWords(text), expected);
        QCOMPARE(StoryInsights::analyse(text).words, expected);
    }

    void wordSpansCoverTheWords()
    {
        const QString text = QStringLiteral("Café naïve — 30 % faster");
        QCOMPARE(spanTexts(text, StoryInsights::words(text)),
                 (QStringList{QStringLiteral("Café"), QStringLiteral("naïve"), QStringLiteral("30"),
                              QStringLiteral("faster")}));
    }

    void iAndWe_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("iCount");
        QTest::addColumn<QStringList>("weFound");
        QTest::newRow("none") << QStringLiteral("The team shipped it.") << 0 << QStringList{};
        QTest::newRow("I forms") << QStringLiteral(
                                        "I led it. I'm proud, I’ve learned, I'd do it; I'll repeat.")
                                 << 5 << QStringList{};
        QTest::newRow("we forms") << QStringLiteral("We tried. we're done, we’ve won, we'd go, We'll see.")
                                  << 0 << QStringList{"We", "we're", "we’ve", "we'd", "We'll"};
        QTest::newRow("not inside words")
            << QStringLiteral("Wednesday were weird; Iowa idea; it is") << 0 << QStringList{};
        QTest::newRow("mixed") << QStringLiteral("I asked, we agreed, then I built it and we shipped.") << 2
                               << QStringList{"we", "we"};
        QTest::newRow("I think counts as I") << QStringLiteral("I think so") << 1 << QStringList{};
    }

    void iAndWe()
    {
        QFETCH(QString, text);
        QFETCH(int, iCount);
        QFETCH(QStringList, weFound);
        const SectionInsights section = StoryInsights::analyse(text);
        QCOMPARE(section.iCount, iCount);
        QCOMPARE(spanTexts(text, section.weSpans), weFound);
    }

    void fillers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("spans");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("none") << QStringLiteral("I cut latency by 30 %.") << QStringList{} << QStringList{};
        QTest::newRow("each single word")
            << QStringLiteral("Basically just maybe actually really very probably literally stuff")
            << QStringList{"Basically", "just",     "maybe",     "actually", "really",
                           "very",      "probably", "literally", "stuff"}
            << QStringList{"basically", "just",     "maybe",     "actually", "really",
                           "very",      "probably", "literally", "stuff"};
        QTest::newRow("two-word hedges")
            << QStringLiteral("It was kind of slow, sort of. I think it worked.")
            << QStringList{"kind of", "sort of", "I think"} << QStringList{"kind of", "sort of", "i think"};
        QTest::newRow("across a line break")
            << QStringLiteral("kind\nof") << QStringList{"kind\nof"} << QStringList{"kind of"};
        QTest::newRow("not across punctuation")
            << QStringLiteral("a kind, of course") << QStringList{} << QStringList{};
        QTest::newRow("not inside words")
            << QStringLiteral("justice veryfied stuffing") << QStringList{} << QStringList{};
        QTest::newRow("kind alone is fine")
            << QStringLiteral("She was kind to them") << QStringList{} << QStringList{};
        QTest::newRow("unicode around") << QStringLiteral("Évidemment — just « maybe »")
                                        << QStringList{"just", "maybe"} << QStringList{"just", "maybe"};
    }

    void fillers()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, spans);
        QFETCH(QStringList, phrases);
        const SectionInsights section = StoryInsights::analyse(text);
        QCOMPARE(spanTexts(text, section.fillerSpans), spans);
        QCOMPARE(section.fillers, phrases);
        for (const QString &phrase : phrases)
            QVERIFY(StoryInsights::fillerPhrases().contains(phrase));
    }

    void measurableResult_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<bool>("measurable");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("plain number") << QStringLiteral("We closed 120 tickets.") << true << "120";
        QTest::newRow("percent") << QStringLiteral("Latency fell by 30%.") << true << "30%";
        QTest::newRow("percent with a space") << QStringLiteral("Café naïve — 30 % faster") << true << "30 %";
        QTest::newRow("percent word") << QStringLiteral("up 12 percent") << true << "12 percent";
        QTest::newRow("dollars") << QStringLiteral("It saved $2.5M a year.") << true << "$2.5M";
        QTest::newRow("euro after") << QStringLiteral("Costs dropped by 300 € per month.") << true << "300 €";
        QTest::newRow("pound sign") << QStringLiteral("£40k saved") << true << "£40k";
        QTest::newRow("money word") << QStringLiteral("saved 5000 dollars") << true << "5000 dollars";
        QTest::newRow("time unit") << QStringLiteral("Deploys went from hours to 15 minutes.") << true
                                   << "15 minutes";
        QTest::newRow("time suffix") << QStringLiteral("now at 200ms") << true << "200ms";
        QTest::newRow("multiplier") << QStringLiteral("Throughput went up 3x.") << true << "3x";
        QTest::newRow("times sign") << QStringLiteral("a 4 × speed-up") << true << "4 ×";
        QTest::newRow("twice") << QStringLiteral("The team shipped twice as often.") << true << "twice";
        QTest::newRow("half") << QStringLiteral("Support calls fell by half.") << true << "half";
        QTest::newRow("doubled") << QStringLiteral("Sign-ups doubled.") << true << "doubled";
        QTest::newRow("tenfold") << QStringLiteral("a tenfold improvement") << true << "tenfold";
        QTest::newRow("written number")
            << QStringLiteral("It took three weeks instead of two months.") << true << "three";
        QTest::newRow("no numbers") << QStringLiteral("The customer was happy and the launch went well.")
                                    << false << "";
        QTest::newRow("only a year") << QStringLiteral("In 2023 the project was a success.") << false << "";
        QTest::newRow("empty") << QString() << false << "";
        QTest::newRow("vague words") << QStringLiteral("Much faster, many users, lots of money.") << false
                                     << "";
        QTest::newRow("names with digits")
            << QStringLiteral("p99 and S3 looked fine after Q3.") << false << "";
        QTest::newRow("name then number") << QStringLiteral("p99 fell to 95 ms") << true << "95 ms";
        QTest::newRow("one is too vague") << QStringLiteral("No one complained.") << false << "";
    }

    void measurableResult()
    {
        QFETCH(QString, result);
        QFETCH(bool, measurable);
        QFETCH(QString, evidence);
        const StoryInsights insights = StoryInsights::compute(star(QString(), QString(), QString(), result));
        QCOMPARE(insights.measurableResult(), measurable);
        if (measurable) {
            QVERIFY(!insights.resultMeasures.isEmpty());
            const Measure &first = insights.resultMeasures.first();
            QCOMPARE(first.text, evidence);
            QCOMPARE(result.mid(first.span.start, first.span.length), evidence);
        }
    }

    void measureKinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Measure::Kind>("kind");
        QTest::newRow("number") << QStringLiteral("120 tickets") << Measure::Kind::Number;
        QTest::newRow("percent") << QStringLiteral("30 %") << Measure::Kind::Percent;
        QTest::newRow("money before") << QStringLiteral("$ 300") << Measure::Kind::Money;
        QTest::newRow("money after") << QStringLiteral("300 ₹") << Measure::Kind::Money;
        QTest::newRow("time") << QStringLiteral("3 days") << Measure::Kind::Time;
        QTest::newRow("time suffix") << QStringLiteral("200ms") << Measure::Kind::Time;
        QTest::newRow("multiplier") << QStringLiteral("10x") << Measure::Kind::Multiplier;
        QTest::newRow("times") << QStringLiteral("4 times") << Measure::Kind::Multiplier;
        QTest::newRow("written") << QStringLiteral("twice") << Measure::Kind::WrittenNumber;
    }

    void measureKinds()
    {
        QFETCH(QString, text);
        QFETCH(Measure::Kind, kind);
        const QList<Measure> found = StoryInsights::measures(text);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, kind);
    }

    void speakingTime_data()
    {
        QTest::addColumn<int>("wordCount");
        QTest::addColumn<double>("wpm");
        QTest::addColumn<int>("pace");
        // seconds = words * 60 / wpm
        QTest::newRow("empty") << 0 << 140.0 << int(StoryInsights::Pace::Empty);
        QTest::newRow("too short") << 100 << 140.0 << int(StoryInsights::Pace::TooShort);
        QTest::newRow("just under 1.5 min") << 209 << 140.0 << int(StoryInsights::Pace::TooShort);
        QTest::newRow("exactly 1.5 min") << 210 << 140.0 << int(StoryInsights::Pace::OnTarget);
        QTest::newRow("exactly 3 min") << 420 << 140.0 << int(StoryInsights::Pace::OnTarget);
        QTest::newRow("too long") << 421 << 140.0 << int(StoryInsights::Pace::TooLong);
        QTest::newRow("fast speaker") << 421 << 160.0 << int(StoryInsights::Pace::OnTarget);
        QTest::newRow("slow speaker") << 300 << 90.0 << int(StoryInsights::Pace::TooLong);
    }

    void speakingTime()
    {
        QFETCH(int, wordCount);
        QFETCH(double, wpm);
        QFETCH(int, pace);
        const int action = wordCount / 2;
        const StoryInsights insights =
            StoryInsights::compute(star(words(wordCount - action), QString(), words(action), QString()), wpm);
        QCOMPARE(insights.totalWords, wordCount);
        QCOMPARE(insights.speakingSeconds, wordCount * 60.0 / wpm);
        QCOMPARE(int(insights.pace), pace);
    }

    void defaultPaceIs140()
    {
        const StoryInsights insights = StoryInsights::compute(star(words(140), {}, {}, {}));
        QCOMPARE(insights.wordsPerMinute, 140.0);
        QCOMPARE(insights.speakingSeconds, 60.0);
    }

    void balanceAndMissingSections_data()
    {
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<bool>("actionHoldsMost");
        QTest::addColumn<QList<int>>("missing");
        QTest::newRow("all empty") << QList<int>{0, 0, 0, 0} << false << QList<int>{0, 1, 2, 3};
        QTest::newRow("action largest") << QList<int>{20, 10, 60, 15} << true << QList<int>{};
        QTest::newRow("situation largest") << QList<int>{80, 10, 60, 15} << false << QList<int>{};
        QTest::newRow("tie with action counts") << QList<int>{60, 10, 60, 15} << true << QList<int>{};
        QTest::newRow("no task, no result") << QList<int>{10, 0, 30, 0} << true << QList<int>{1, 3};
        QTest::newRow("no action") << QList<int>{10, 5, 0, 5} << false << QList<int>{2};
    }

    void balanceAndMissingSections()
    {
        QFETCH(QList<int>, counts);
        QFETCH(bool, actionHoldsMost);
        QFETCH(QList<int>, missing);
        const StoryInsights insights = StoryInsights::compute(
            star(words(counts[0]), words(counts[1]), words(counts[2]), words(counts[3])));
        QCOMPARE(insights.actionHoldsMost, actionHoldsMost);
        QList<int> missingIndexes;
        for (const Story::Section which : insights.missingSections)
            missingIndexes << int(which);
        QCOMPARE(missingIndexes, missing);
        const int total = counts[0] + counts[1] + counts[2] + counts[3];
        double sum = 0;
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(insights.sections[std::size_t(i)].words, counts[i]);
            const double share = insights.share(Story::Section(i));
            QCOMPARE(share, total ? double(counts[i]) / total : 0.0);
            sum += share;
        }
        QCOMPARE(sum, total ? 1.0 : 0.0);
    }

    void storyTotalsAddUpSections()
    {
        const StoryInsights insights = StoryInsights::compute(
            star(QStringLiteral("We had a very slow build."), QStringLiteral("I owned it, basically."),
                 QStringLiteral("I profiled it and we just cached the kind of steps that repeat."),
                 QStringLiteral("Builds took 4 minutes instead of 20.")));
        QCOMPARE(insights.iCount, 2);
        QCOMPARE(insights.weCount, 2);
        QCOMPARE(insights.fillerTotal, 4);
        QCOMPARE(insights.fillerCounts.value(QStringLiteral("very")), 1);
        QCOMPARE(insights.fillerCounts.value(QStringLiteral("basically")), 1);
        QCOMPARE(insights.fillerCounts.value(QStringLiteral("just")), 1);
        QCOMPARE(insights.fillerCounts.value(QStringLiteral("kind of")), 1);
        QVERIFY(insights.measurableResult());
        QCOMPARE(insights.resultMeasures.size(), 2);
        QVERIFY(insights.missingSections.isEmpty());
    }

    void randomTextNeverBreaksTheRules()
    {
        // Deterministic noise: spans always lie inside the text and never overlap.
        quint32 state = 99;
        const QString alphabet = QStringLiteral("ab I we just kind of 30%$£x×.,'’-\n\u0301é𝐀🎉 ");
        for (int round = 0; round < 300; ++round) {
            QString text;
            const int length = int(state % 120);
            for (int i = 0; i < length; ++i) {
                state = state * 1664525u + 1013904223u;
                text += alphabet[int(state % alphabet.size())];
            }
            const SectionInsights section = StoryInsights::analyse(text);
            int last = -1;
            for (const TextSpan &span : StoryInsights::words(text)) {
                QVERIFY(span.start > last && span.length > 0 && span.start + span.length <= text.size());
                last = span.start + span.length - 1;
            }
            for (const TextSpan &span : section.weSpans + section.fillerSpans)
                QVERIFY(span.start >= 0 && span.start + span.length <= text.size());
            for (const Measure &measure : StoryInsights::measures(text))
                QVERIFY(measure.span.start >= 0 && measure.span.start + measure.span.length <= text.size());
        }
    }
};

QTEST_GUILESS_MAIN(TestStoryInsights)
#include "tst_storyinsights.moc"
