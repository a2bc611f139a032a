// FSRS-6 formulas checked against values computed here from ../shared/FSRS.md's equations and
// constants, independently of the implementation's helpers.
#include "review/fsrs.h"

#include <QTest>
#include <cmath>

using namespace loopcraft;

namespace {

// The published FSRS-6 defaults, typed in again from FSRS.md on purpose.
constexpr double W[21] = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
                          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
double factor() { return std::pow(0.9, -1.0 / W[20]) - 1.0; }
double d0(int g) { return W[4] - std::exp(W[5] * (g - 1)) + 1.0; }
double clampD(double d) { return std::min(10.0, std::max(1.0, d)); }

} // namespace

class TestFsrs : public QObject {
    Q_OBJECT

private slots:
    void defaultWeightsAreFsrs6()
    {
        const auto &w = Fsrs::defaultWeights();
        for (std::size_t i = 0; i < 21; ++i)
            QCOMPARE(w[i], W[i]);
    }

    void initialStability_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("expected");
        QTest::newRow("Again") << 1 << 0.212;
        QTest::newRow("Hard") << 2 << 1.2931;
        QTest::newRow("Good") << 3 << 2.3065;
        QTest::newRow("Easy") << 4 << 8.2956;
    }
    void initialStability()
    {
        QFETCH(int, rating);
        QFETCH(double, expected);
        QCOMPARE(Fsrs().initialStability(static_cast<Rating>(rating)), expected);
    }

    void initialDifficulty_data()
    {
        QTest::addColumn<int>("rating");
        QTest::addColumn<double>("expected");
        // D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to [1, 10]; by hand: 6.4133, 5.11212, 2.11785, 1 (raw −4.77).
        QTest::newRow("Again") << 1 << 6.4133;
        QTest::newRow("Hard") << 2 << 6.4133 - std::exp(0.8334) + 1.0;
        QTest::newRow("Good") << 3 << 6.4133 - std::exp(1.6668) + 1.0;
        QTest::newRow("Easy (clamped)") << 4 << 1.0;
    }
    void initialDifficulty()
    {
        QFETCH(int, rating);
        QFETCH(double, expected);
        QVERIFY(std::abs(Fsrs().initialDifficulty(static_cast<Rating>(rating)) - expected) < 1e-12);
        QVERIFY(std::abs(Fsrs().initialDifficulty(static_cast<Rating>(rating), false) - d0(rating)) < 1e-12);
        QVERIFY(std::abs(5.11212 - (6.4133 - std::exp(0.8334) + 1.0)) < 1e-4);  // the hand value
    }

    void retrievabilityIsNinetyPercentAtStability_data()
    {
        QTest::addColumn<double>("stability");
        for (double s : {0.212, 1.0, 2.3065, 10.0, 365.0, 10000.0})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }
    void retrievabilityIsNinetyPercentAtStability()
    {
        QFETCH(double, stability);
        const Fsrs fsrs;
        QVERIFY(std::abs(fsrs.retrievability(stability, stability) - 0.9) < 1e-12);
        QCOMPARE(fsrs.retrievability(0.0, stability), 1.0);
        // Independently: (1 + factor·t/S)^(−w20) at t = 3S.
        QVERIFY(std::abs(fsrs.retrievability(3 * stability, stability) - std::pow(1 + factor() * 3, -W[20])) < 1e-12);
        QVERIFY(fsrs.retrievability(2 * stability, stability) < 0.9);
    }

    void intervalAtNinetyPercentEqualsStability_data()
    {
        QTest::addColumn<double>("stability");
        QTest::addColumn<int>("expected");
        QTest::newRow("2.3065 → 2") << 2.3065 << 2;
        QTest::newRow("8.2956 → 8") << 8.2956 << 8;
        QTest::newRow("10.4 → 10") << 10.4 << 10;
        QTest::newRow("10.6 → 11") << 10.6 << 11;
        QTest::newRow("100 → 100") << 100.0 << 100;
        QTest::newRow("0.212 → at least 1") << 0.212 << 1;
        QTest::newRow("99999 → max 36500") << 99999.0 << 36500;
    }
    void intervalAtNinetyPercentEqualsStability()
    {
        QFETCH(double, stability);
        QFETCH(int, expected);
        QCOMPARE(Fsrs().nextInterval(stability, 0.9, 36500), expected);
    }

    void intervalForOtherRetentions_data()
    {
        QTest::addColumn<double>("stability");
        QTest::addColumn<double>("retention");
        for (double r : {0.7, 0.8, 0.85, 0.95, 0.97})
            for (double s : {3.0, 40.0})
                QTest::newRow(qPrintable(QStringLiteral("S=%1 r=%2").arg(s).arg(r))) << s << r;
    }
    void intervalForOtherRetentions()
    {
        QFETCH(double, stability);
        QFETCH(double, retention);
        const double expected = stability / factor() * (std::pow(retention, -1.0 / W[20]) - 1.0);
        QCOMPARE(Fsrs().nextInterval(stability, retention, 36500), std::max(1, int(std::lround(expected))));
        // At that interval R is the desired retention (the inverse of R(t, S)).
        QVERIFY(std::abs(Fsrs().retrievability(expected, stability) - retention) < 1e-9);
    }

    void difficultyUpdateAndMeanReversion_data()
    {
        QTest::addColumn<double>("difficulty");
        QTest::addColumn<int>("rating");
        for (double d : {1.0, 2.5, 5.0, 7.5, 10.0})
            for (int g = 1; g <= 4; ++g)
                QTest::newRow(qPrintable(QStringLiteral("D=%1 G=%2").arg(d).arg(g))) << d << g;
    }
    void difficultyUpdateAndMeanReversion()
    {
        QFETCH(double, difficulty);
        QFETCH(int, rating);
        const double delta = -W[6] * (rating - 3);
        const double damped = difficulty + delta * (10 - difficulty) / 9;
        const double expected = clampD(W[7] * d0(4) + (1 - W[7]) * damped);
        QVERIFY(std::abs(Fsrs().nextDifficulty(difficulty, static_cast<Rating>(rating)) - expected) < 1e-12);
        if (rating == 3 && difficulty > 1.0) {
            // Good changes nothing but the pull towards D0(4): D' − D = w7·(D0(4) − D), a small step down.
            QVERIFY(expected < difficulty);
            QVERIFY(std::abs((expected - difficulty) - W[7] * (d0(4) - difficulty)) < 1e-12);
        }
    }

    void recallStability_data()
    {
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("r");
        QTest::addColumn<int>("rating");
        for (int g = 2; g <= 4; ++g) {
            QTest::newRow(qPrintable(QStringLiteral("easy card G=%1").arg(g))) << 2.0 << 5.0 << 0.9 << g;
            QTest::newRow(qPrintable(QStringLiteral("hard card overdue G=%1").arg(g))) << 8.0 << 30.0 << 0.6 << g;
        }
    }
    void recallStability()
    {
        QFETCH(double, d);
        QFETCH(double, s);
        QFETCH(double, r);
        QFETCH(int, rating);
        const double hard = rating == 2 ? W[15] : 1.0;
        const double easy = rating == 4 ? W[16] : 1.0;
        const double expected = s * (1 + std::exp(W[8]) * (11 - d) * std::pow(s, -W[9]) * (std::exp(W[10] * (1 - r)) - 1) * hard * easy);
        QVERIFY(std::abs(Fsrs().recallStability(d, s, r, static_cast<Rating>(rating)) - expected) < 1e-9);
        QVERIFY(expected > s);  // a success never shortens memory
    }

    void lapseIsCapped_data()
    {
        QTest::addColumn<double>("d");
        QTest::addColumn<double>("s");
        QTest::addColumn<double>("r");
        QTest::addColumn<bool>("capBinds");
        QTest::newRow("long memory: the long-term formula") << 5.0 << 100.0 << 0.9 << false;
        QTest::newRow("short memory, easy card: the cap") << 1.0 << 0.5 << 0.1 << true;
        QTest::newRow("mid") << 6.0 << 10.0 << 0.7 << false;
    }
    void lapseIsCapped()
    {
        QFETCH(double, d);
        QFETCH(double, s);
        QFETCH(double, r);
        QFETCH(bool, capBinds);
        const double longTerm = W[11] * std::pow(d, -W[12]) * (std::pow(s + 1, W[13]) - 1) * std::exp(W[14] * (1 - r));
        const double cap = s / std::exp(W[17] * W[18]);
        const double got = Fsrs().forgetStability(d, s, r);
        QVERIFY(std::abs(got - std::min(longTerm, cap)) < 1e-12);
        QVERIFY(got <= cap + 1e-12);
        QCOMPARE(cap < longTerm, capBinds);
    }

    void shortTermFactor_data()
    {
        QTest::addColumn<double>("s");
        QTest::addColumn<int>("rating");
        for (double s : {0.212, 1.0, 2.3065, 8.0, 50.0, 500.0})
            for (int g = 1; g <= 4; ++g)
                QTest::newRow(qPrintable(QStringLiteral("S=%1 G=%2").arg(s).arg(g))) << s << g;
    }
    void shortTermFactor()
    {
        QFETCH(double, s);
        QFETCH(int, rating);
        double increase = std::exp(W[17] * (rating - 3 + W[18])) * std::pow(s, -W[19]);
        if (rating >= 2)
            increase = std::max(increase, 1.0);
        const double got = Fsrs().shortTermStability(s, static_cast<Rating>(rating));
        QVERIFY(std::abs(got - s * increase) < 1e-9);
        if (rating >= 2)
            QVERIFY(got >= s);
    }
};

QTEST_GUILESS_MAIN(TestFsrs)
#include "tst_fsrs.moc"
