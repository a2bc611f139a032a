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

// Overfitting on screen: the data, the true function and the fit (chart A), training and test error
// against degree 0–20 on a log scale with the current degree marked (chart B).
class OverfittingView : public ConceptView {
    Q_OBJECT
public:
    explicit OverfittingView(QWidget *parent = nullptr);

    QString summary() const override;
    QString tips() const override;

    QLineSeries *fitSeries() const { return m_fit; }
    QLineSeries *testErrorSeries() const { return m_testError; }

protected:
    void present(const concepts::ConceptResult &result) override;
    void restyle() override;

private:
    QChart *m_dataChart;
    QChart *m_errorChart;
    QScatterSeries *m_points;
    QLineSeries *m_truth;
    QLineSeries *m_fit;
    QLineSeries *m_trainError;
    QLineSeries *m_testError;
    QLineSeries *m_marker;
    QScatterSeries *m_markerPoints;
    QValueAxis *m_dataX;
    QValueAxis *m_dataY;
    QValueAxis *m_degreeAxis;
    QLogValueAxis *m_errorAxis;
};

} // namespace loopcraft
