#pragma once

#include "conceptview.h"

QT_BEGIN_NAMESPACE
class QChart;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace loopcraft {

class PlotAreaImage;

// Bias–variance on screen: many faint fits, their mean and the truth (chart A); bias², variance,
// noise, their sum and the empirical MSE against degree — the U-curve — with the degree marked (B).
class BiasVarianceView : public ConceptView {
    Q_OBJECT
public:
    explicit BiasVarianceView(QWidget *parent = nullptr);

    QString summary() const override;
    QString tips() const override;

    QLineSeries *meanFitSeries() const { return m_meanFit; }
    QLineSeries *varianceSeries() const { return m_variance; }
    PlotAreaImage *fitImage() const { return m_fitImage; }

protected:
    void present(const concepts::ConceptResult &result) override;
    void restyle() override;

private:
    QChart *m_fitChart;
    QChart *m_curveChart;
    PlotAreaImage *m_fitImage = nullptr;  // the faint fits, drawn as one image (40 series repaint slowly)
    QLineSeries *m_fitsLegend;             // an empty series: the faint fits' legend entry
    concepts::Series m_fits;
    QLineSeries *m_meanFit;
    QLineSeries *m_truth;
    QLineSeries *m_bias;
    QLineSeries *m_variance;
    QLineSeries *m_noise;
    QLineSeries *m_total;
    QScatterSeries *m_expected;
    QLineSeries *m_marker;
    QValueAxis *m_fitX;
    QValueAxis *m_fitY;
    QValueAxis *m_degreeAxis;
    QLogValueAxis *m_errorAxis;
};

} // namespace loopcraft
