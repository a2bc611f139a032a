// The numerics behind the Concepts room, checked against closed forms rather than copied numbers.
#include "concepts/biasvariancemodel.h"
#include "concepts/dataset.h"
#include "concepts/gradientdescentmodel.h"
#include "concepts/heatmapgrid.h"
#include "concepts/optimizer.h"
#include "concepts/overfittingmodel.h"
#include "concepts/parameterspec.h"
#include "concepts/polynomialfitter.h"
#include "concepts/random.h"
#include "concepts/surface.h"
#include "library/questionbank.h"

#include <QTest>
#include <cmath>

using namespace loopcraft::concepts;
using loopcraft::Question;
using loopcraft::QuestionBank;

Q_DECLARE_METATYPE(loopcraft::concepts::OptimizerKind)

namespace {

Surface surfaceNamed(const QString &id, double condition = 10.0)
{
    return Surface(*Surface::kindFromId(id.toStdString()), condition);
}

} // namespace

class TestConceptsMath : public QObject {
    Q_OBJECT

private slots:
    void gradientDescentOnQuadraticIsGeometric_data()
    {
        QTest::addColumn<double>("lr");
        QTest::addColumn<double>("condition");
        QTest::addColumn<int>("steps");
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::newRow("slow, well conditioned") << 0.01 << 1.0 << 200 << -3.0 << 2.0;
        QTest::newRow("kappa 10") << 0.05 << 10.0 << 100 << -1.5 << 2.0;
        QTest::newRow("oscillating y (1 - lr k < 0)") << 0.15 << 10.0 << 60 << 4.0 << -4.0;
        QTest::newRow("kappa 100") << 0.019 << 100.0 << 300 << 5.0 << 0.5;
        QTest::newRow("one step") << 0.5 << 3.0 << 1 << 1.0 << 1.0;
    }
    void gradientDescentOnQuadraticIsGeometric()
    {
        QFETCH(double, lr);
        QFETCH(double, condition);
        QFETCH(int, steps);
        QFETCH(double, x0);
        QFETCH(double, y0);
        const Surface quadratic(Surface::Kind::Quadratic, condition);
        const Trajectory path = runOptimizer(quadratic, {OptimizerKind::GradientDescent, lr, 0.0, steps}, x0, y0);
        QVERIFY(!path.diverged);
        QCOMPARE(path.stepsRun(), steps);
        for (int k = 0; k <= steps; ++k) {
            const double x = std::pow(1.0 - lr, k) * x0;
            const double y = std::pow(1.0 - lr * condition, k) * y0;
            QVERIFY2(std::abs(path.x[std::size_t(k)] - x) <= 1e-12 + 1e-10 * std::abs(x), qPrintable(QString::number(k)));
            QVERIFY2(std::abs(path.y[std::size_t(k)] - y) <= 1e-12 + 1e-10 * std::abs(y), qPrintable(QString::number(k)));
            QVERIFY(std::abs(path.loss[std::size_t(k)] - 0.5 * (x * x + condition * y * y)) <= 1e-9 * (1 + path.loss[std::size_t(k)]));
        }
    }

    void divergenceIsReportedWithItsStep()
    {
        // 1 − lr·κ = −2: |y| triples each step; the run must stop at the first step past the limits.
        const double lr = 0.3, condition = 10.0, y0 = 1.0;
        const Trajectory path = runOptimizer(Surface(Surface::Kind::Quadratic, condition),
                                             {OptimizerKind::GradientDescent, lr, 0.0, 5000}, 0.0, y0);
        QVERIFY(path.diverged);
        int expected = 0;
        for (int k = 1; k < 100; ++k) {
            const double y = std::pow(1.0 - lr * condition, k) * y0;
            if (std::abs(y) > 1e6 || 0.5 * condition * y * y > 1e12) {
                expected = k;
                break;
            }
        }
        QCOMPARE(path.divergedAt, expected);
        QCOMPARE(path.stepsRun(), expected - 1);
        for (double loss : path.loss)
            QVERIFY(std::isfinite(loss));
    }

    void momentumAndNesterovMatchHandUnrolledSteps_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<double>("lr");
        QTest::addColumn<double>("beta");
        QTest::newRow("quadratic") << "quadratic" << 0.05 << 0.9;
        QTest::newRow("rosenbrock") << "rosenbrock" << 1e-4 << 0.5;
        QTest::newRow("himmelblau") << "himmelblau" << 1e-3 << 0.99;
    }
    void momentumAndNesterovMatchHandUnrolledSteps()
    {
        QFETCH(QString, surface);
        QFETCH(double, lr);
        QFETCH(double, beta);
        const Surface s = surfaceNamed(surface);
        const double x0 = -1.2, y0 = 1.7;
        // Momentum (PyTorch SGD, dampening 0): v1 = g0, w1 = w0 − lr·v1; v2 = β·v1 + g1, w2 = w1 − lr·v2.
        {
            const auto g0 = s.gradient(x0, y0);
            const double x1 = x0 - lr * g0[0], y1 = y0 - lr * g0[1];
            const auto g1 = s.gradient(x1, y1);
            const double x2 = x1 - lr * (beta * g0[0] + g1[0]), y2 = y1 - lr * (beta * g0[1] + g1[1]);
            const Trajectory path = runOptimizer(s, {OptimizerKind::Momentum, lr, beta, 2}, x0, y0);
            QCOMPARE(path.x[1], x1);
            QCOMPARE(path.y[1], y1);
            QCOMPARE(path.x[2], x2);
            QCOMPARE(path.y[2], y2);
        }
        // Nesterov (PyTorch): v1 = g0, w1 = w0 − lr·(g0 + β·v1); v2 = β·v1 + g1, w2 = w1 − lr·(g1 + β·v2).
        {
            const auto g0 = s.gradient(x0, y0);
            const double x1 = x0 - lr * (g0[0] + beta * g0[0]), y1 = y0 - lr * (g0[1] + beta * g0[1]);
            const auto g1 = s.gradient(x1, y1);
            const double v2x = beta * g0[0] + g1[0], v2y = beta * g0[1] + g1[1];
            const double x2 = x1 - lr * (g1[0] + beta * v2x), y2 = y1 - lr * (g1[1] + beta * v2y);
            const Trajectory path = runOptimizer(s, {OptimizerKind::Nesterov, lr, beta, 2}, x0, y0);
            QCOMPARE(path.x[1], x1);
            QCOMPARE(path.y[1], y1);
            QCOMPARE(path.x[2], x2);
            QCOMPARE(path.y[2], y2);
        }
    }

    void adaptiveFirstSteps_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::addColumn<double>("lr");
        for (const char *id : {"quadratic", "rosenbrock", "himmelblau", "beale", "saddle"}) {
            QTest::addRow("%s lr 0.01", id) << QString::fromLatin1(id) << -1.5 << 2.0 << 0.01;
            QTest::addRow("%s lr 0.3", id) << QString::fromLatin1(id) << 0.7 << -1.1 << 0.3;
        }
    }
    void adaptiveFirstSteps()
    {
        QFETCH(QString, surface);
        QFETCH(double, x0);
        QFETCH(double, y0);
        QFETCH(double, lr);
        const Surface s = surfaceNamed(surface);
        const auto g = s.gradient(x0, y0);
        QVERIFY(std::abs(g[0]) > 1e-3 && std::abs(g[1]) > 1e-3);
        // Adam: m̂ = g, v̂ = g² after bias correction, so the first step is lr·sign(g) per coordinate.
        const Trajectory adam = runOptimizer(s, {OptimizerKind::Adam, lr, 0.9, 1}, x0, y0);
        QVERIFY(std::abs((x0 - adam.x[1]) - lr * std::copysign(1.0, g[0])) < 1e-6 * lr);
        QVERIFY(std::abs((y0 - adam.y[1]) - lr * std::copysign(1.0, g[1])) < 1e-6 * lr);
        // Adagrad: s = g², so the first step is lr·sign(g) as well.
        const Trajectory adagrad = runOptimizer(s, {OptimizerKind::Adagrad, lr, 0.9, 1}, x0, y0);
        QVERIFY(std::abs((x0 - adagrad.x[1]) - lr * std::copysign(1.0, g[0])) < 1e-6 * lr);
        // RMSprop: s = (1 − α)·g², step lr/√(1 − α) = 10·lr per coordinate.
        const Trajectory rms = runOptimizer(s, {OptimizerKind::RmsProp, lr, 0.9, 1}, x0, y0);
        QVERIFY(std::abs(std::abs(y0 - rms.y[1]) - lr / std::sqrt(0.01)) < 1e-5 * lr);
    }

    void gradientsMatchFiniteDifferences_data()
    {
        QTest::addColumn<QString>("surface");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("y");
        const double points[][2] = {{-1.5, 2.0}, {0.3, -0.7}, {2.2, 1.1}, {-3.1, -2.4}, {1.0, 1.0}};
        for (const char *id : {"quadratic", "rosenbrock", "himmelblau", "beale", "saddle"})
            for (const auto &point : points)
                QTest::addRow("%s at (%g, %g)", id, point[0], point[1]) << QString::fromLatin1(id) << point[0] << point[1];
    }
    void gradientsMatchFiniteDifferences()
    {
        QFETCH(QString, surface);
        QFETCH(double, x);
        QFETCH(double, y);
        const Surface s = surfaceNamed(surface, 7.0);
        const double h = 1e-6;
        const double dx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
        const double dy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
        const auto g = s.gradient(x, y);
        const double scale = 1.0 + std::abs(s.value(x, y));
        QVERIFY2(std::abs(g[0] - dx) <= 1e-6 * scale, qPrintable(QStringLiteral("%1 vs %2").arg(g[0]).arg(dx)));
        QVERIFY2(std::abs(g[1] - dy) <= 1e-6 * scale, qPrintable(QStringLiteral("%1 vs %2").arg(g[1]).arg(dy)));
    }

    void degreeNMinusOneInterpolates_data()
    {
        QTest::addColumn<int>("points");
        for (int n : {1, 2, 3, 5, 8, 12, 16, 21})
            QTest::addRow("%d points", n) << n;
    }
    void degreeNMinusOneInterpolates()
    {
        QFETCH(int, points);
        // Well-separated x (jittered Chebyshev-like nodes) so interpolation is well posed.
        std::vector<double> x, y;
        Random random(42);
        for (int i = 0; i < points; ++i) {
            x.push_back((i + 0.25 + 0.5 * random.uniform()) / points);
            y.push_back(random.normal());
        }
        const PolynomialFitter fitter(x, y, points - 1, 0.0);
        const Eigen::VectorXd c = fitter.coefficients(points - 1);
        for (int i = 0; i < points; ++i)
            QVERIFY2(std::abs(PolynomialFitter::evaluate(c, x[std::size_t(i)]) - y[std::size_t(i)]) < 1e-6,
                     qPrintable(QString::number(i)));
        QVERIFY(fitter.trainingError(c) < 1e-12);
    }

    void underdeterminedFitStillInterpolates()
    {
        // Degree 20 on 5 points: the minimum-norm solution still passes through every point.
        const Dataset data = Dataset::sample(TargetFunction::Sin, 5, 0.2, 7);
        const PolynomialFitter fitter(data.x, data.y, 20, 0.0);
        const Eigen::VectorXd c = fitter.coefficients(20);
        QVERIFY(c.allFinite());
        QVERIFY(fitter.trainingError(c) < 1e-10);
    }

    void lowDegreeFitRecoversExactPolynomial()
    {
        // Noise-free samples of a quadratic in t: the degree-2 (and higher) fit recovers it exactly.
        std::vector<double> x, y;
        for (int i = 0; i < 30; ++i) {
            x.push_back(i / 29.0);
            const double t = 2 * x.back() - 1;
            y.push_back(0.5 - 2 * t + 3 * t * t);
        }
        const PolynomialFitter fitter(x, y, 6, 0.0);
        for (int d = 2; d <= 6; ++d) {
            const Eigen::VectorXd c = fitter.coefficients(d);
            QVERIFY(std::abs(c(0) - 0.5) < 1e-9 && std::abs(c(1) + 2) < 1e-9 && std::abs(c(2) - 3) < 1e-9);
        }
    }

    void hugeLambdaFlattensTheFit_data()
    {
        QTest::addColumn<int>("degree");
        QTest::addColumn<int>("samples");
        QTest::newRow("degree 4") << 4 << 30;
        QTest::newRow("degree 20, few points") << 20 << 8;
    }
    void hugeLambdaFlattensTheFit()
    {
        QFETCH(int, degree);
        QFETCH(int, samples);
        const Dataset data = Dataset::sample(TargetFunction::Cos, samples, 0.1, 3);
        double mean = 0;
        for (double v : data.y)
            mean += v / samples;
        double previousSpread = std::numeric_limits<double>::infinity();
        for (double lambda : {1.0, 1e2, 1e4, 1e8}) {
            const Eigen::VectorXd c = PolynomialFitter(data.x, data.y, degree, lambda).coefficients(degree);
            const double spread = c.tail(c.size() - 1).norm();
            QVERIFY(spread < previousSpread);  // shrinks monotonically
            previousSpread = spread;
            if (lambda == 1e8) {
                QVERIFY(spread < 1e-6);
                QVERIFY(std::abs(c(0) - mean) < 1e-6);  // only the unpenalised intercept is left
            }
        }
    }

    void biasVarianceIdentityHolds_data()
    {
        QTest::addColumn<int>("datasets");
        QTest::addColumn<int>("samples");
        QTest::addColumn<double>("noise");
        QTest::addColumn<int>("degree");
        QTest::addColumn<double>("lambda");
        QTest::addColumn<QString>("function");
        QTest::newRow("default") << 100 << 30 << 0.3 << 4 << 0.0 << "cos";
        QTest::newRow("underfit") << 200 << 30 << 0.3 << 0 << 0.0 << "sin";
        QTest::newRow("overfit") << 200 << 20 << 0.5 << 12 << 0.0 << "cubic";
        QTest::newRow("ridge") << 150 << 40 << 0.2 << 10 << 1e-3 << "cos";
        QTest::newRow("noise free") << 50 << 30 << 0.0 << 3 << 0.0 << "sin";
    }
    void biasVarianceIdentityHolds()
    {
        QFETCH(int, datasets);
        QFETCH(int, samples);
        QFETCH(double, noise);
        QFETCH(int, degree);
        QFETCH(double, lambda);
        QFETCH(QString, function);
        const ConceptResult r = BiasVarianceModel().compute({{"datasets", double(datasets)}, {"samples", double(samples)},
                                                             {"noise", noise}, {"degree", double(degree)},
                                                             {"lambda", lambda}, {"function", function.toStdString()}});
        const double bias2 = r.metrics.at("bias2"), variance = r.metrics.at("variance");
        const double sum = bias2 + variance + r.metrics.at("noise");
        const double mse = r.metrics.at("expected_mse");
        QCOMPARE(r.metrics.at("noise"), noise * noise);
        // The difference is pure sampling error of the fresh noise: (ε² − σ²) and 2(ŷ − f)ε terms,
        // averaged over L × grid draws. Five standard errors.
        const double draws = double(datasets) * BiasVarianceModel::kGridPoints;
        const double sigma2 = noise * noise;
        const double standardError = std::sqrt((2 * sigma2 * sigma2 + 4 * sigma2 * (bias2 + variance)) / draws);
        QVERIFY2(std::abs(sum - mse) <= 5 * standardError + 1e-12,
                 qPrintable(QStringLiteral("sum %1, mse %2, se %3").arg(sum).arg(mse).arg(standardError)));
        // The curve at the chosen degree matches the headline metrics.
        QCOMPARE(r.series.at("bias2").at(std::size_t(degree), 1), bias2);
        QCOMPARE(r.series.at("fits").columns, std::min(datasets, BiasVarianceModel::kShownFits) + 1);
    }

    void biasFallsAndVarianceRisesWithDegree()
    {
        const ConceptResult r = BiasVarianceModel().compute({{"datasets", 200.0}, {"noise", 0.3}, {"samples", 25.0}});
        const Series &bias = r.series.at("bias2");
        const Series &variance = r.series.at("variance");
        QVERIFY(bias.at(0, 1) > 10 * bias.at(6, 1));
        QVERIFY(variance.at(12, 1) > 3 * variance.at(1, 1));
    }

    void degreeDragReusesTheSimulationWithoutChangingIt()
    {
        // One model dragged 9 → 4 → 17 must say exactly what fresh models say for 4 and 17.
        BiasVarianceModel dragged;
        dragged.compute({{"degree", 9.0}, {"datasets", 30.0}});
        const ConceptResult four = dragged.compute({{"degree", 4.0}, {"datasets", 30.0}});
        const ConceptResult fresh = BiasVarianceModel().compute({{"degree", 4.0}, {"datasets", 30.0}});
        QCOMPARE(four.metrics, fresh.metrics);
        QVERIFY(four.series.at("fits").data == fresh.series.at("fits").data);
        const ConceptResult seventeen = dragged.compute({{"degree", 17.0}, {"datasets", 30.0}});
        QCOMPARE(seventeen.series.at("bias2").rows(), std::size_t(18));  // the curve grew to 0–17
        QCOMPARE(seventeen.metrics, BiasVarianceModel().compute({{"degree", 17.0}, {"datasets", 30.0}}).metrics);
        // Any other parameter is a new simulation.
        const ConceptResult noisier = dragged.compute({{"degree", 17.0}, {"datasets", 30.0}, {"noise", 0.6}});
        QVERIFY(noisier.metrics.at("noise") != seventeen.metrics.at("noise"));
    }

    void overfittingCurveAndVerdict()
    {
        OverfittingModel model;
        const ConceptResult under = model.compute({{"degree", 0.0}});
        QCOMPARE(under.notes.at("verdict"), std::string("underfitted"));
        QVERIFY(under.metrics.at("test_mse") > under.metrics.at("best_test_mse"));
        // Training error never rises with degree (nested least-squares problems).
        const Series &train = under.series.at("train_error");
        QCOMPARE(train.rows(), std::size_t(21));
        for (std::size_t d = 1; d < train.rows(); ++d)
            QVERIFY(train.at(d, 1) <= train.at(d - 1, 1) * (1 + 1e-9) + 1e-14);
        const ConceptResult over = model.compute({{"degree", 20.0}, {"samples", 22.0}, {"noise", 0.3}});
        QCOMPARE(over.notes.at("verdict"), std::string("overfitted"));
        QVERIFY(over.metrics.at("test_mse") > 2 * over.metrics.at("train_mse"));
        QCOMPARE(over.series.at("train").rows(), std::size_t(22));
        QCOMPARE(over.series.at("fit").rows(), std::size_t(OverfittingModel::kCurvePoints));
        // Without noise a flexible fit is not "overfitted" just because another degree is a hair better.
        QCOMPARE(model.compute({{"degree", 15.0}, {"noise", 0.0}}).notes.at("verdict"), std::string("well-fitted"));
    }

    void resultsAreReproducible()
    {
        const ParamMap params{{"seed", 77.0}, {"degree", 9.0}};
        const ConceptResult a = OverfittingModel().compute(params);
        const ConceptResult b = OverfittingModel().compute(params);
        QVERIFY(a.series.at("train").data == b.series.at("train").data);
        QCOMPARE(a.metrics.at("test_mse"), b.metrics.at("test_mse"));
        const ConceptResult c = OverfittingModel().compute({{"seed", 78.0}, {"degree", 9.0}});
        QVERIFY(a.series.at("train").data != c.series.at("train").data);
    }

    void gradientDescentModelReportsPath()
    {
        const ConceptResult r = GradientDescentModel().compute(
            {{"surface", std::string("quadratic")}, {"optimizer", std::string("gd")}, {"lr", 0.1}, {"steps", 50.0},
             {"x0", 2.0}, {"y0", 1.0}, {"condition", 5.0}},
            {OptimizerKind::Adam, OptimizerKind::GradientDescent});
        const Series &path = r.series.at("path");
        QCOMPARE(path.columns, 3);
        QCOMPARE(path.rows(), std::size_t(51));
        QCOMPARE(path.at(0, 0), 2.0);
        QCOMPARE(path.at(50, 0), std::pow(0.9, 50) * 2.0);
        QCOMPARE(r.metrics.at("steps_run"), 50.0);
        QCOMPARE(r.metrics.at("diverged"), 0.0);
        QVERIFY(r.series.count("path_adam"));
        QVERIFY(!r.series.count("path_gd"));  // the main optimizer is not duplicated
        // The plotted region always contains the start, even far outside the surface's own region.
        const ParamMap far{{"surface", std::string("rosenbrock")}, {"x0", -4.8}, {"y0", 4.9}};
        const auto domain = GradientDescentModel::plotDomain(GradientDescentModel().spec().resolve(far));
        QVERIFY(domain.xMin < -4.8 && domain.yMax > 4.9 && domain.xMax >= 2.0 && domain.yMin <= -1.0);
    }

    void heatmapContoursOfAQuadraticAreEllipses()
    {
        // 0.5·(x² + y²) = c is the circle of radius √(2c): every contour point must lie on it.
        const Surface s(Surface::Kind::Quadratic, 1.0);
        const HeatmapGrid grid = HeatmapGrid::sample(s, {-2, 2, -2, 2}, 101, 81);
        QCOMPARE(grid.values.size(), std::size_t(101 * 81));
        QVERIFY(grid.minimum >= 0 && grid.minimum < 1e-3);
        QCOMPARE(grid.at(0, 0), s.value(-2 + 2.0 / 101, 2 - 2.0 / 81));
        const double level = 0.5;
        const auto segments = grid.contour(level);
        QVERIFY(segments.size() > 50);
        auto toX = [&](double column) { return -2 + (column + 0.5) * 4.0 / 101; };
        auto toY = [&](double row) { return 2 - (row + 0.5) * 4.0 / 81; };
        for (const auto &segment : segments)
            QVERIFY(std::abs(std::hypot(toX(segment.x1), toY(segment.y1)) - 1.0) < 0.01);
        QVERIFY(grid.contourLevels(10).size() == 10);
    }

    void parameterValidation_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("problem");  // empty: valid
        QTest::newRow("valid degree") << "overfitting" << "degree" << QVariant(15.0) << "";
        QTest::newRow("valid function") << "overfitting" << "function" << QVariant("sin") << "";
        QTest::newRow("degree too high") << "overfitting" << "degree" << QVariant(21.0) << "0–20";
        QTest::newRow("fractional degree") << "overfitting" << "degree" << QVariant(2.5) << "integer";
        QTest::newRow("unknown name lists names") << "overfitting" << "depth" << QVariant(1.0) << "degree, samples, noise";
        QTest::newRow("unknown function lists choices") << "bias-variance" << "function" << QVariant("tan") << "cos, sin, cubic";
        QTest::newRow("number for a choice") << "gradient-descent" << "surface" << QVariant(1.0) << "rosenbrock";
        QTest::newRow("text for a number") << "gradient-descent" << "lr" << QVariant("fast") << "1e-05";
        QTest::newRow("unknown page lists pages") << "gradients" << "lr" << QVariant(1.0) << "overfitting, bias-variance, gradient-descent";
        QTest::newRow("optimizer choices") << "gradient-descent" << "optimizer" << QVariant("sgd") << "gd, momentum, nesterov, adagrad, rmsprop, adam";
        QTest::newRow("valid lr") << "gradient-descent" << "lr" << QVariant(0.01) << "";
        QTest::newRow("nan") << "gradient-descent" << "x0" << QVariant(std::nan("")) << "-5–5";
    }
    void parameterValidation()
    {
        QFETCH(QString, page);
        QFETCH(QString, name);
        QFETCH(QVariant, value);
        QFETCH(QString, problem);
        ParamMap params;
        if (value.typeId() == QMetaType::QString)
            params[name.toStdString()] = value.toString().toStdString();
        else
            params[name.toStdString()] = value.toDouble();
        const auto message = validateConceptParams(page.toStdString(), params);
        if (problem.isEmpty()) {
            QVERIFY2(!message, message ? message->c_str() : "");
        } else {
            QVERIFY(message);
            QVERIFY2(QString::fromStdString(*message).contains(problem), message->c_str());
        }
    }

    void parsingFromText()
    {
        const ConceptSpec *spec = findConceptSpec("gradient-descent");
        QVERIFY(spec);
        std::string error;
        QVERIFY(spec->find("lr")->parse("1e-3", &error));
        QVERIFY(!spec->find("lr")->parse("0.01x", &error));
        QVERIFY(QString::fromStdString(error).contains("lr"));
        QVERIFY(!spec->find("steps")->parse("", &error));
        QVERIFY(spec->find("surface")->parse("beale"));
        QVERIFY(!spec->find("surface")->parse("bowl", &error));
        QVERIFY(QString::fromStdString(error).contains("himmelblau"));
    }

    void shippedQuestionLinksAreValidPresets()
    {
        // Every question that opens a Concepts page must name a page and parameters the page
        // accepts: the same check the command line and the page apply.
        QuestionBank bank;
        bank.loadShipped();
        int links = 0;
        for (const Question &question : bank.questions()) {
            if (!question.conceptLink)
                continue;
            ++links;
            ParamMap params;
            const ConceptSpec *spec = findConceptSpec(question.conceptLink->page.toStdString());
            for (auto it = question.conceptLink->params.constBegin(); it != question.conceptLink->params.constEnd(); ++it) {
                const std::string name = it.key().toStdString();
                const ParameterSpec *parameter = spec ? spec->find(name) : nullptr;
                if (it.value().typeId() == QMetaType::QString &&
                    !(parameter && parameter->kind != ParameterSpec::Kind::Choice))
                    params[name] = it.value().toString().toStdString();
                else if (it.value().typeId() == QMetaType::QString)
                    params[name] = parameter->parse(it.value().toString().toStdString()).value_or(it.value().toString().toStdString());
                else
                    params[name] = it.value().toDouble();
            }
            const auto problem = validateConceptParams(question.conceptLink->page.toStdString(), params);
            QVERIFY2(!problem, qPrintable(question.id + QStringLiteral(": ") + QString::fromStdString(problem.value_or(""))));
        }
        qInfo("%d shipped questions link to a concept", links);
    }

    void randomParametersNeverBreakTheModels()
    {
        // Any valid combination computes finite headline numbers; invalid ones are refused.
        Random random(2024);
        for (const ConceptSpec &spec : conceptSpecs()) {
            auto model = createConceptModel(spec.id);
            QVERIFY(model);
            for (int trial = 0; trial < 12; ++trial) {
                ParamMap params;
                for (const ParameterSpec &p : spec.parameters) {
                    if (p.kind == ParameterSpec::Kind::Choice) {
                        params[p.name] = p.choices[std::size_t(random.uniform() * double(p.choices.size()))];
                    } else {
                        double v = p.minimum + random.uniform() * (p.maximum - p.minimum);
                        if (p.kind == ParameterSpec::Kind::Integer)
                            v = std::floor(v);
                        // Keep the slow corners small so the test stays quick.
                        if (p.name == "datasets" || p.name == "samples" || p.name == "steps")
                            v = std::min(v, 60.0);
                        params[p.name] = v;
                    }
                }
                QVERIFY(!validateConceptParams(spec.id, params));
                const ConceptResult r = model->compute(params);
                for (const auto &[name, value] : r.metrics)
                    QVERIFY2(std::isfinite(value) || name.starts_with("final_loss"), name.c_str());
            }
            ParamMap wrong{{"nonsense", 1.0}};
            QVERIFY(validateConceptParams(spec.id, wrong));
        }
    }
};

QTEST_GUILESS_MAIN(TestConceptsMath)
#include "tst_conceptsmath.moc"
