// The Concepts room driven through its real widgets, and the `render` command line.
#include "concepts/biasvarianceview.h"
#include "concepts/conceptspage.h"
#include "concepts/conceptview.h"
#include "concepts/curvedensityimage.h"
#include "concepts/conceptviewfactory.h"
#include "concepts/gradientdescentview.h"
#include "concepts/plotareaimage.h"
#include "concepts/mapchartview.h"
#include "concepts/overfittingview.h"
#include "concepts/parameterpanel.h"
#include "navigator.h"
#include "services.h"
#include "theme.h"

#include <QAction>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineSeries>
#include <QProcess>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <memory>

using namespace loopcraft;

namespace {

std::unique_ptr<ConceptView> shownView(const QString &id)
{
    std::unique_ptr<ConceptView> view(ConceptViewFactory::create(id));
    view->resize(1100, 640);
    view->show();
    return view;
}

// Every series' points of a view's charts, to tell whether anything changed.
QList<QList<QPointF>> snapshot(const ConceptView &view)
{
    QList<QList<QPointF>> all;
    for (QChartView *chartView : view.chartViews())
        for (QAbstractSeries *series : chartView->chart()->series())
            if (auto *xy = qobject_cast<QXYSeries *>(series))
                all << xy->points();
    return all;
}

struct RenderRun {
    int exitCode = -1;
    QString errors;
};

RenderRun render(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LOOPCRAFT_BINARY), QStringList{QStringLiteral("render")} + arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardError())};
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestConceptsPage : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Theme::apply(Theme::Mode::Light);
    }

    void draggingASliderRedrawsTheCharts_data()
    {
        QTest::addColumn<QString>("conceptId");
        QTest::addColumn<QString>("parameter");
        QTest::addColumn<int>("keyPresses");  // PageUp presses on the slider
        QTest::newRow("overfitting degree") << "overfitting" << "degree" << 1;
        QTest::newRow("overfitting noise") << "overfitting" << "noise" << 2;
        QTest::newRow("overfitting lambda (log)") << "overfitting" << "lambda" << 8;
        QTest::newRow("bias-variance degree") << "bias-variance" << "degree" << 1;
        QTest::newRow("bias-variance samples") << "bias-variance" << "samples" << 1;
        QTest::newRow("gradient-descent lr (log)") << "gradient-descent" << "lr" << 2;
        QTest::newRow("gradient-descent momentum") << "gradient-descent" << "momentum" << 1;
        QTest::newRow("gradient-descent start x") << "gradient-descent" << "x0" << 1;
    }
    void draggingASliderRedrawsTheCharts()
    {
        QFETCH(QString, conceptId);
        QFETCH(QString, parameter);
        QFETCH(int, keyPresses);
        auto view = shownView(conceptId);
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QSlider *slider = view->parameters()->slider(parameter);
        QVERIFY(slider);
        QDoubleSpinBox *spin = view->parameters()->spinBox(parameter);
        QVERIFY(spin);
        const auto before = snapshot(*view);
        const double valueBefore = spin->value();
        const int computed = view->recomputeCount();
        slider->setFocus();
        for (int i = 0; i < keyPresses; ++i)
            QTest::keyClick(slider, Qt::Key_PageUp);
        QTRY_VERIFY(view->recomputeCount() > computed);
        QVERIFY(spin->value() != valueBefore);  // slider and spin box stay in step
        QCOMPARE(concepts::numberParam(view->result().params, parameter.toStdString()), spin->value());
        QVERIFY(snapshot(*view) != before);
    }

    void dragsCoalesceLatestValueWins()
    {
        auto view = shownView(QStringLiteral("overfitting"));
        QSlider *slider = view->parameters()->slider(QStringLiteral("degree"));
        const int computed = view->recomputeCount();
        // A fast drag: many positions before the event loop turns once.
        for (int degree = 5; degree <= 17; ++degree) {
            slider->setSliderDown(true);
            slider->setSliderPosition(degree);
        }
        slider->setSliderDown(false);
        QCOMPARE(view->recomputeCount(), computed);  // nothing computed synchronously, nothing queued
        QTRY_COMPARE(view->recomputeCount(), computed + 1);
        QTest::qWait(20);
        QCOMPARE(view->recomputeCount(), computed + 1);
        QCOMPARE(concepts::integerParam(view->result().params, "degree"), 17);
        auto *overfitting = qobject_cast<OverfittingView *>(view.get());
        QVERIFY(overfitting->fitSeries()->name().contains(QLatin1String("17")));
    }

    void spinBoxAndComboEditsApply()
    {
        auto view = shownView(QStringLiteral("overfitting"));
        QComboBox *function = view->parameters()->comboBox(QStringLiteral("function"));
        QVERIFY(function);
        const auto before = snapshot(*view);
        function->setFocus();
        QTest::keyClick(function, Qt::Key_Down);
        QTRY_COMPARE(concepts::choiceParam(view->result().params, "function"), std::string("sin"));
        QVERIFY(snapshot(*view) != before);
        QDoubleSpinBox *samples = view->parameters()->spinBox(QStringLiteral("samples"));
        samples->setFocus();
        samples->selectAll();
        QTest::keyClicks(samples, QStringLiteral("12"));
        QTest::keyClick(samples, Qt::Key_Return);
        QTRY_COMPARE(concepts::integerParam(view->result().params, "samples"), 12);
        QCOMPARE(view->parameters()->slider(QStringLiteral("samples"))->value(), 12);
    }

    // Opening the room builds the view in front only; the others arrive with their tabs.
    void viewsAreBuiltWhenFirstShown()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        ConceptsPage page(services, nullptr);
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.findChildren<ConceptView *>().size(), 1);
        QCOMPARE(page.currentView()->conceptId(), QStringLiteral("overfitting"));

        QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(page.currentView()->conceptId(), QStringLiteral("gradient-descent"));
        QCOMPARE(page.findChildren<ConceptView *>().size(), 2);
        QVERIFY(page.currentView()->isVisible());

        QCOMPARE(page.view(QStringLiteral("bias-variance"))->title(), QStringLiteral("Bias–variance"));
        QCOMPARE(page.findChildren<ConceptView *>().size(), 3);
        QCOMPARE(page.view(QStringLiteral("no-such-concept")), nullptr);
    }

    void conceptRequestedAppliesThePreset()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        Navigator navigator;
        ConceptsPage page(services, &navigator);
        page.resize(1200, 700);
        page.show();
        QSignalSpy messages(&navigator, &Navigator::statusMessage);

        navigator.openConcept(QStringLiteral("overfitting"), {{QStringLiteral("degree"), 15}, {QStringLiteral("noise"), 0.2}});
        QCOMPARE(page.currentView()->conceptId(), QStringLiteral("overfitting"));
        QCOMPARE(page.currentView()->parameters()->spinBox(QStringLiteral("degree"))->value(), 15.0);
        QCOMPARE(page.currentView()->parameters()->slider(QStringLiteral("degree"))->value(), 15);
        QCOMPARE(concepts::numberParam(page.currentView()->result().params, "noise"), 0.2);
        QCOMPARE(messages.count(), 0);

        navigator.openConcept(QStringLiteral("gradient-descent"),
                              {{QStringLiteral("surface"), QStringLiteral("quadratic")}, {QStringLiteral("lr"), QStringLiteral("0.25")},
                               {QStringLiteral("optimizer"), QStringLiteral("gd")}});
        ConceptView *gd = page.currentView();
        QCOMPARE(gd->conceptId(), QStringLiteral("gradient-descent"));
        QCOMPARE(concepts::choiceParam(gd->result().params, "surface"), std::string("quadratic"));
        QCOMPARE(gd->parameters()->comboBox(QStringLiteral("surface"))->currentData().toString(), QStringLiteral("quadratic"));
        QCOMPARE(gd->result().metrics.at("diverged"), 1.0);  // 0.25 > 2/κ = 0.2
        const QString explanation = gd->findChild<QLabel *>(QStringLiteral("explanation"))->text();
        QVERIFY2(explanation.contains(QStringLiteral("2/κ")), qPrintable(explanation));

        // A preset from an older question with a wrong value: the rest applies, the user is told.
        navigator.openConcept(QStringLiteral("bias-variance"), {{QStringLiteral("degree"), 99}, {QStringLiteral("datasets"), 40}});
        QCOMPARE(page.currentView()->conceptId(), QStringLiteral("bias-variance"));
        QCOMPARE(concepts::integerParam(page.currentView()->result().params, "datasets"), 40);
        QCOMPARE(concepts::integerParam(page.currentView()->result().params, "degree"), 4);
        QCOMPARE(messages.count(), 1);
        QVERIFY(messages.first().first().toString().contains(QStringLiteral("0–20")));
        navigator.openConcept(QStringLiteral("nonsense"), {});
        QCOMPARE(messages.count(), 2);
        QVERIFY(messages.last().first().toString().contains(QLatin1String("gradient-descent")));
    }

    void shortcutsSwitchResetAndReseed()
    {
        QTemporaryDir dir;
        Services services{DataDirectory(dir.path())};
        Navigator navigator;
        ConceptsPage page(services, &navigator);
        page.resize(1200, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QTest::keyClick(&page, Qt::Key_3, Qt::AltModifier);
        QCOMPARE(page.currentView()->conceptId(), QStringLiteral("gradient-descent"));
        QAction *newSeed = nullptr;
        for (QAction *action : page.actions())
            if (action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+N")))
                newSeed = action;
        QVERIFY(newSeed);
        QVERIFY(!newSeed->isEnabled());  // nothing random on the gradient-descent page
        QTest::keyClick(&page, Qt::Key_1, Qt::AltModifier);
        QVERIFY(newSeed->isEnabled());
        ConceptView *view = page.currentView();
        QCOMPARE(view->conceptId(), QStringLiteral("overfitting"));

        view->parameters()->setValues({{"degree", 12.0}});
        QTRY_COMPARE(concepts::integerParam(view->result().params, "degree"), 12);
        QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(concepts::integerParam(view->result().params, "degree"), 4);
        const auto seedBefore = concepts::numberParam(view->result().params, "seed");
        const auto points = view->result().series.at("train").data;
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(concepts::numberParam(view->result().params, "seed") != seedBefore);
        QVERIFY(view->result().series.at("train").data != points);
    }

    void clickingTheMapSetsTheStart()
    {
        auto view = shownView(QStringLiteral("gradient-descent"));
        auto *gd = qobject_cast<GradientDescentView *>(view.get());
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        QTest::qWait(50);  // chart layout settles
        MapChartView *map = gd->mapView();
        const QRectF area = map->chart()->plotArea();
        QVERIFY(area.width() > 50);
        // A quarter of the way in from the left and top of the plot area.
        const QPointF target(area.left() + area.width() / 4, area.top() + area.height() / 4);
        const QPoint pixel = map->mapFromScene(map->chart()->mapToScene(target));
        const QPointF expected = map->chart()->mapToValue(target);
        QTest::mouseClick(map->viewport(), Qt::LeftButton, {}, pixel);
        // Within a pixel or two of where the click landed.
        QTRY_VERIFY_WITH_TIMEOUT(std::abs(concepts::numberParam(view->result().params, "x0") - expected.x()) < 0.05, 2000);
        QVERIFY(std::abs(concepts::numberParam(view->result().params, "y0") - expected.y()) < 0.05);
        const auto &path = view->result().series.at("path");
        QCOMPARE(path.at(0, 0), concepts::numberParam(view->result().params, "x0"));
        // The heatmap sits exactly behind the plot area.
        QCOMPARE(gd->heatmap()->image().size(), area.size().toSize());
    }

    void compareModeRunsSeveralOptimizers()
    {
        auto view = shownView(QStringLiteral("gradient-descent"));
        auto *gd = qobject_cast<GradientDescentView *>(view.get());
        QCheckBox *compare = view->findChild<QCheckBox *>(QStringLiteral("compareMode"));
        QVERIFY(compare);
        QTest::mouseClick(compare, Qt::LeftButton, {}, QPoint(8, compare->height() / 2));
        QTRY_VERIFY(view->result().series.count("path_adam"));
        QSet<QRgb> colours;
        for (int i = 0; i < 6; ++i) {
            auto *series = gd->pathSeries(concepts::OptimizerKind(i));
            QVERIFY(series->isVisible());
            QVERIFY(series->count() > 1);
            colours.insert(series->pen().color().rgb());
        }
        QCOMPARE(colours.size(), 6);
        if (const QString shots = qEnvironmentVariable("LOOPCRAFT_SHOTS"); !shots.isEmpty()) {
            Theme::apply(Theme::Mode::Dark);
            QCoreApplication::processEvents();
            view->grab().save(QDir(shots).filePath(QStringLiteral("gradient-descent-compare-dark.png")));
            Theme::apply(Theme::Mode::Light);
        }
        QCheckBox *adam = view->findChild<QCheckBox *>(QStringLiteral("compare_adam"));
        adam->setChecked(false);
        QTRY_VERIFY(!view->result().series.count("path_adam"));
        QVERIFY(!gd->pathSeries(concepts::OptimizerKind::Adam)->isVisible());
    }

    void saddleLossUsesALinearAxis()
    {
        // The saddle has no minimum, so its loss (negative, unbounded) cannot go on a log axis.
        auto view = shownView(QStringLiteral("gradient-descent"));
        QChart *loss = view->chartViews().at(1)->chart();
        QVERIFY(loss->axes(Qt::Vertical).first()->type() == QAbstractAxis::AxisTypeLogValue);
        view->parameters()->setValues({{"surface", std::string("saddle")}, {"y0", 0.5}, {"steps", 3000.0}});
        view->recomputeNow();
        QVERIFY(loss->axes(Qt::Vertical).first()->type() == QAbstractAxis::AxisTypeValue);
        QCOMPARE(view->result().metrics.at("diverged"), 1.0);  // it runs away along y
        view->parameters()->setValues({{"surface", std::string("beale")}});
        view->recomputeNow();
        QVERIFY(loss->axes(Qt::Vertical).first()->type() == QAbstractAxis::AxisTypeLogValue);
    }

    void playDrawsThePathStepByStep()
    {
        auto view = shownView(QStringLiteral("gradient-descent"));
        auto *gd = qobject_cast<GradientDescentView *>(view.get());
        view->parameters()->setValues({{"steps", 200.0}, {"optimizer", std::string("adam")}, {"lr", 0.05}});
        view->recomputeNow();
        auto *path = gd->pathSeries(concepts::OptimizerKind::Adam);
        QCOMPARE(path->count(), 201);
        gd->togglePlay();
        QVERIFY(gd->isPlaying());
        QVERIFY(path->count() < 10);
        QTRY_VERIFY(path->count() > 20);
        QTRY_VERIFY_WITH_TIMEOUT(!gd->isPlaying(), 10000);
        QCOMPARE(path->count(), 201);
    }

    void overlappingCurvesDeepenTheInk()
    {
        // Two flat curves at y = 0.5 over y ∈ [0, 1]: the middle rows carry the ink, everything
        // else stays transparent, and two coinciding curves are more opaque than one.
        concepts::Series one{2, {}}, two{3, {}};
        for (int i = 0; i <= 10; ++i) {
            one.add({i / 10.0, 0.5});
            two.add({i / 10.0, 0.5, 0.5});
        }
        const QRectF region(0, 0, 1, 1);
        const QImage single = renderCurveDensity(one, region, QSize(100, 80), Qt::blue, 0.3);
        const QImage doubled = renderCurveDensity(two, region, QSize(100, 80), Qt::blue, 0.3);
        int inkedRows = 0;
        for (int row = 0; row < 80; ++row)
            if (qAlpha(single.pixel(50, row)) > 0) {
                ++inkedRows;
                QVERIFY(row >= 38 && row <= 41);
            }
        QVERIFY(inkedRows >= 1 && inkedRows <= 2);
        QCOMPARE(qAlpha(single.pixel(50, 10)), 0);
        QVERIFY(qAlpha(doubled.pixel(50, 39)) + qAlpha(doubled.pixel(50, 40)) >
                qAlpha(single.pixel(50, 39)) + qAlpha(single.pixel(50, 40)));
    }

    void exportsPngSvgAndCsv_data()
    {
        QTest::addColumn<QString>("conceptId");
        for (const QString &id : ConceptViewFactory::ids())
            QTest::newRow(qPrintable(id)) << id;
    }
    void exportsPngSvgAndCsv()
    {
        QFETCH(QString, conceptId);
        QTemporaryDir dir;
        auto view = shownView(conceptId);
        QVERIFY(QTest::qWaitForWindowExposed(view.get()));
        // For looking at the whole view, controls included: LOOPCRAFT_SHOTS=DIR.
        if (const QString shots = qEnvironmentVariable("LOOPCRAFT_SHOTS"); !shots.isEmpty())
            view->grab().save(QDir(shots).filePath(conceptId + QStringLiteral(".png")));
        QVERIFY(view->exportTo(dir.filePath(QStringLiteral("chart.png"))).isEmpty());
        QImage image(dir.filePath(QStringLiteral("chart.png")));
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= view->chartArea()->width());
        QVERIFY(view->exportTo(dir.filePath(QStringLiteral("chart.svg"))).isEmpty());
        QFile svg(dir.filePath(QStringLiteral("chart.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        QVERIFY(view->exportTo(dir.filePath(QStringLiteral("chart.csv"))).isEmpty());
        QFile csv(dir.filePath(QStringLiteral("chart.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("series,"));
        QVERIFY(text.count('\n') > 50);
        QVERIFY(!view->exportTo(dir.filePath(QStringLiteral("chart.bmp"))).isEmpty());
        QVERIFY(!view->exportTo(QStringLiteral("/nonexistent-dir/x/chart.csv")).isEmpty());
    }

    void chartsFollowThePalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }
    void chartsFollowThePalette()
    {
        QFETCH(bool, dark);
        auto view = shownView(QStringLiteral("overfitting"));
        Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
        QCoreApplication::processEvents();
        QChart *chart = view->chartViews().first()->chart();
        const QColor background = chart->backgroundBrush().color();
        QCOMPARE(background.lightness() < 128, dark);
        for (QAbstractAxis *axis : chart->axes())
            QVERIFY(std::abs(axis->labelsBrush().color().lightness() - background.lightness()) > 120);
        for (QAbstractSeries *series : chart->series())
            if (auto *line = qobject_cast<QLineSeries *>(series))
                QVERIFY(std::abs(line->pen().color().lightness() - background.lightness()) > 60);
        Theme::apply(Theme::Mode::Light);
    }

    void renderWritesJsonPngAndSvg()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("o.json"));
        const QString png = dir.filePath(QStringLiteral("o.png"));
        const QString svg = dir.filePath(QStringLiteral("o.svg"));
        RenderRun run = render({QStringLiteral("overfitting"), QStringLiteral("--set"), QStringLiteral("degree=15"),
                                QStringLiteral("--set"), QStringLiteral("noise=0.2"), QStringLiteral("--json"), json,
                                QStringLiteral("--png"), png, QStringLiteral("--svg"), svg, QStringLiteral("--size"),
                                QStringLiteral("900x500")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject document = readJson(json);
        QCOMPARE(document.value(QStringLiteral("params")).toObject().value(QStringLiteral("degree")).toDouble(), 15.0);
        const QJsonObject metrics = document.value(QStringLiteral("metrics")).toObject();
        QVERIFY(metrics.contains(QStringLiteral("train_mse")) && metrics.contains(QStringLiteral("test_mse")));
        const QJsonObject series = document.value(QStringLiteral("series")).toObject();
        QCOMPARE(series.value(QStringLiteral("train")).toArray().size(), 30);
        QVERIFY(series.value(QStringLiteral("fit")).toArray().size() > 100);
        QCOMPARE(series.value(QStringLiteral("fit")).toArray().first().toArray().size(), 2);
        QCOMPARE(QImage(png).size(), QSize(900, 500));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly) && svgFile.readAll().contains("<svg"));

        run = render({QStringLiteral("bias-variance"), QStringLiteral("--set"), QStringLiteral("datasets=20"),
                      QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject bv = readJson(json).value(QStringLiteral("metrics")).toObject();
        for (const char *name : {"bias2", "variance", "noise", "expected_mse"})
            QVERIFY2(bv.value(QLatin1String(name)).isDouble(), name);

        run = render({QStringLiteral("gradient-descent"), QStringLiteral("--set"), QStringLiteral("surface=quadratic"),
                      QStringLiteral("--set"), QStringLiteral("optimizer=gd"), QStringLiteral("--set"), QStringLiteral("lr=0.1"),
                      QStringLiteral("--set"), QStringLiteral("steps=20"), QStringLiteral("--set"), QStringLiteral("x0=3"),
                      QStringLiteral("--json"), json});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject gd = readJson(json);
        const QJsonArray path = gd.value(QStringLiteral("series")).toObject().value(QStringLiteral("path")).toArray();
        QCOMPARE(path.size(), 21);  // start included
        QCOMPARE(path.first().toArray().size(), 3);
        QCOMPARE(path.first().toArray().at(0).toDouble(), 3.0);
        QCOMPARE(path.last().toArray().at(0).toDouble(), 3.0 * std::pow(0.9, 20));
        const QJsonObject gdMetrics = gd.value(QStringLiteral("metrics")).toObject();
        QCOMPARE(gdMetrics.value(QStringLiteral("steps_run")).toInt(), 20);
        QCOMPARE(gdMetrics.value(QStringLiteral("diverged")).toBool(), false);
        QVERIFY(gdMetrics.value(QStringLiteral("final_loss")).isDouble());
    }

    void renderRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("listed");  // what the message must list
        QTest::newRow("no concept") << QStringList{} << "overfitting, bias-variance, gradient-descent";
        QTest::newRow("unknown concept") << QStringList{"overfit"} << "overfitting, bias-variance, gradient-descent";
        QTest::newRow("unknown parameter") << QStringList{"overfitting", "--set", "depth=3"} << "degree, samples, noise, lambda, function, seed";
        QTest::newRow("out of range") << QStringList{"overfitting", "--set", "degree=25"} << "0–20";
        QTest::newRow("not a number") << QStringList{"gradient-descent", "--set", "lr=fast"} << "1e-05";
        QTest::newRow("unknown choice") << QStringList{"gradient-descent", "--set", "optimizer=sgd"} << "gd, momentum, nesterov, adagrad, rmsprop, adam";
        QTest::newRow("missing =") << QStringList{"bias-variance", "--set", "datasets"} << "datasets, samples";
        QTest::newRow("unknown option") << QStringList{"overfitting", "--pdf", "x.pdf"} << "--json";
        QTest::newRow("bad size") << QStringList{"overfitting", "--size", "10x10"} << "WxH";
        QTest::newRow("missing value") << QStringList{"overfitting", "--json"} << "needs a value";
    }
    void renderRefusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, listed);
        const RenderRun run = render(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errors.contains(listed), qPrintable(run.errors));
    }
};

QTEST_MAIN(TestConceptsPage)
#include "tst_conceptspage.moc"
