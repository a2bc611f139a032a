// Checks of the shipped study material (content/), through the app's own loaders.
#include "library/questionbank.h"
#include "stories/principlecatalogue.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace loopcraft;

namespace {

// Markdown without code: fenced blocks and inline code are not prose.
QString prose(QString markdown)
{
    static const QRegularExpression fenced(QStringLiteral("```.*?```"), QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression inlineCode(QStringLiteral("`[^`]*`"));
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    markdown.remove(fenced);
    markdown.remove(inlineCode);
    markdown.remove(url);
    return markdown;
}

int wordCount(const QString &markdown)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return static_cast<int>(prose(markdown).split(space, Qt::SkipEmptyParts).size());
}

double median(QList<int> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

} // namespace

class TestContent : public QObject {
    Q_OBJECT

private:
    QuestionBank m_bank;
    PrincipleCatalogue m_principles;

private slots:
    void initTestCase()
    {
        m_bank.loadShipped();
        m_principles.loadShipped();
    }

    void everyFileLoadsWithoutProblems()
    {
        for (const LoadProblem &problem : m_bank.problems())
            qWarning().noquote() << problem.toString();
        for (const LoadProblem &problem : m_principles.problems())
            qWarning().noquote() << problem.toString();
        QVERIFY(m_bank.problems().isEmpty());
        QVERIFY(m_principles.problems().isEmpty());
    }

    void categoryMinimums_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<int>("minimum");
        QTest::newRow("fundamentals") << "fundamentals" << 40;
        QTest::newRow("algorithms") << "algorithms" << 40;
        QTest::newRow("system-design") << "system-design" << 20;
        QTest::newRow("coding") << "coding" << 25;
        QTest::newRow("math") << "math" << 20;
        QTest::newRow("genai") << "genai" << 15;
        QTest::newRow("behavioral") << "behavioral" << 48;
        QTest::newRow("process") << "process" << 8;
    }

    void categoryMinimums()
    {
        QFETCH(QString, category);
        QFETCH(int, minimum);
        const auto count = std::count_if(m_bank.questions().begin(), m_bank.questions().end(),
                                         [&](const Question &q) { return q.category == category; });
        QVERIFY2(count >= minimum, qPrintable(QStringLiteral("%1 has %2 questions, needs %3").arg(category).arg(count).arg(minimum)));
    }

    void totalAtLeast216() { QVERIFY(m_bank.questions().size() >= 216); }

    void fieldsAreComplete()
    {
        const QStringList categories = knownCategories();
        static const QRegularExpression tagPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        for (const Question &q : m_bank.questions()) {
            const QByteArray where = q.id.toUtf8();
            QVERIFY2(categories.contains(q.category), where);
            QVERIFY2(q.id.startsWith(q.category + QLatin1Char('.')), where);
            QVERIFY2(q.title.size() <= 70, where);
            QVERIFY2(q.keyPoints.size() >= 3 && q.keyPoints.size() <= 6, where);
            QVERIFY2(!q.followUps.isEmpty(), where);
            QVERIFY2(!q.tags.isEmpty(), where);
            for (const QString &tag : q.tags)
                QVERIFY2(tagPattern.match(tag).hasMatch(), where + " tag " + tag.toUtf8());
            QVERIFY2(!q.answer.contains(QStringLiteral("\\frac")) && !q.answer.contains(QStringLiteral("$$")),
                     where + " uses LaTeX");
        }
    }

    void referencesResolve()
    {
        for (const Question &q : m_bank.questions()) {
            for (const QString &id : q.related)
                QVERIFY2(m_bank.find(id) && id != q.id, qPrintable(q.id + QStringLiteral(" relates to unknown ") + id));
            for (const QString &id : q.principles)
                QVERIFY2(m_principles.find(id), qPrintable(q.id + QStringLiteral(" names unknown principle ") + id));
            QCOMPARE(q.category == QLatin1String("behavioral"), !q.principles.isEmpty());
        }
    }

    void noDuplicatePrompts()
    {
        QSet<QString> prompts;
        for (const Question &q : m_bank.questions()) {
            const QString key = q.prompt.simplified().toLower();
            QVERIFY2(!prompts.contains(key), qPrintable(q.id + QStringLiteral(" repeats a prompt")));
            prompts.insert(key);
        }
    }

    void answerLengths()
    {
        QList<int> technical;
        for (const Question &q : m_bank.questions()) {
            const int words = wordCount(q.answer);
            const int minimum = q.category == QLatin1String("behavioral") ? 150 : 120;
            QVERIFY2(words >= minimum, qPrintable(QStringLiteral("%1: %2 words, needs %3").arg(q.id).arg(words).arg(minimum)));
            if (q.category != QLatin1String("behavioral"))
                technical << words;
        }
        QVERIFY2(median(technical) >= 180, qPrintable(QStringLiteral("median %1").arg(median(technical))));
    }

    void everyPrincipleIsCoveredThreeTimes()
    {
        QCOMPARE(m_principles.principles().size(), std::size_t(16));
        for (const LeadershipPrinciple &principle : m_principles.principles()) {
            const QByteArray where = principle.id.toUtf8();
            QVERIFY2(principle.description.split(QLatin1Char(' ')).size() >= 40, where);
            QVERIFY2(principle.listenFor.size() >= 3, where);
            QVERIFY2(principle.questions.size() >= 3, where);
            for (const QString &id : principle.questions) {
                const Question *q = m_bank.find(id);
                QVERIFY2(q, where + " lists unknown question " + id.toUtf8());
                QVERIFY2(q->principles.contains(principle.id), where + " lists " + id.toUtf8() + " which does not probe it");
            }
        }
    }

    void spelling()
    {
        const QString hunspell = QStandardPaths::findExecutable(QStringLiteral("hunspell"));
        if (hunspell.isEmpty())
            QFAIL("hunspell is not installed; ./test.sh installs it (packages hunspell, hunspell-en-us)");
        QTemporaryDir dir;
        // One personal dictionary from every project word list.
        QFile words(dir.filePath(QStringLiteral("words.dic")));
        QVERIFY(words.open(QIODevice::WriteOnly));
        const QDir lists(QStringLiteral(LOOPCRAFT_SOURCE_DIR "/content/spelling"));
        for (const QString &name : lists.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
            QFile list(lists.filePath(name));
            QVERIFY(list.open(QIODevice::ReadOnly));
            words.write(list.readAll());
            words.write("\n");
        }
        words.close();

        QHash<QString, QString> textById;
        for (const Question &q : m_bank.questions())
            textById.insert(q.id, prose(QStringList{q.title, q.prompt, q.answer, q.keyPoints.join(QLatin1Char('\n')),
                                                    q.followUps.join(QLatin1Char('\n'))}
                                            .join(QLatin1Char('\n'))));
        for (const LeadershipPrinciple &p : m_principles.principles())
            textById.insert(p.id, QStringList{p.name, p.summary, p.description, p.listenFor.join(QLatin1Char('\n'))}
                                      .join(QLatin1Char('\n')));

        QProcess process;
        process.start(hunspell, {QStringLiteral("-d"), QStringLiteral("en_US"), QStringLiteral("-p"), words.fileName(),
                                 QStringLiteral("-i"), QStringLiteral("UTF-8"), QStringLiteral("-l")});
        QVERIFY(process.waitForStarted());
        for (const QString &text : std::as_const(textById))
            process.write(text.toUtf8() + "\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

        QStringList misspelled = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        misspelled.removeDuplicates();
        // Formulas are written in Unicode (σ², xᵢ, 2τ): only words of Latin letters are prose.
        static const QRegularExpression notProse(QStringLiteral("[^A-Za-z'\u2019-]"));
        misspelled.removeIf([](const QString &word) { return word.contains(notProse); });
        QStringList report;
        for (const QString &word : std::as_const(misspelled)) {
            QStringList where;
            for (auto it = textById.cbegin(); it != textById.cend() && where.size() < 3; ++it)
                if (it.value().contains(word))
                    where << it.key();
            report << word + QStringLiteral(" (") + where.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        QVERIFY2(misspelled.isEmpty(), qPrintable(QStringLiteral("misspelled: ") + report.join(QStringLiteral("; "))));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
