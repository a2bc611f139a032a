#pragma once

#include "concepts/optimizer.h"
#include "conceptview.h"

#include <QTimer>
#include <vector>

QT_BEGIN_NAMESPACE
class QChart;
class QCheckBox;
class QLineSeries;
class QLogValueAxis;
class QPushButton;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace loopcraft {

class PlotAreaImage;
class MapChartView;

// Gradient descent on screen: the surface as a heatmap with contours and the optimizers' paths
// (chart A, click to set the start), loss against iteration on a log scale (chart B). Compare mode
// runs several optimizers in distinct colours; Play draws the paths step by step.
class GradientDescentView : public ConceptView {
    Q_OBJECT
public:
    explicit GradientDescentView(QWidget *parent = nullptr);
    ~GradientDescentView() override;

    QString summary() const override;
    QString tips() const override;

    bool canPlay() const override { return true; }
    void togglePlay() override;
    bool isPlaying() const { return m_playTimer.isActive(); }
    void setCompare(bool on);
    bool compare() const;
    void setStart(const QPointF &point);

    QLineSeries *pathSeries(concepts::OptimizerKind kind) const;
    QLineSeries *lossSeries(concepts::OptimizerKind kind) const;
    MapChartView *mapView() const { return m_mapView; }
    PlotAreaImage *heatmap() const { return m_heatmap; }

protected:
    concepts::ConceptResult compute(const concepts::ParamMap &values) const override;
    void present(const concepts::ConceptResult &result) override;
    void restyle() override;

private:
    static QString heatmapKey(const concepts::Surface &surface, const concepts::Surface::Domain &domain);
    void showSteps(int steps);  // the first `steps` steps of every shown path
    void advancePlay();
    std::vector<concepts::OptimizerKind> shownOptimizers() const;

    QChart *m_mapChart;
    QChart *m_lossChart;
    MapChartView *m_mapView = nullptr;
    PlotAreaImage *m_heatmap = nullptr;
    QString m_heatmapKey;  // surface, region and palette the heatmap was drawn for
    concepts::Surface m_surface;
    concepts::Surface::Domain m_domain{};
    QList<QLineSeries *> m_paths;   // one per optimizer kind
    QList<QLineSeries *> m_losses;
    QScatterSeries *m_start;
    QScatterSeries *m_ends;
    QValueAxis *m_mapX;
    QValueAxis *m_mapY;
    QValueAxis *m_stepAxis;
    QLogValueAxis *m_logLoss;
    QValueAxis *m_linearLoss;
    bool m_logScale = true;
    QCheckBox *m_compareBox;
    QList<QCheckBox *> m_compareChoices;
    QPushButton *m_playButton;
    QTimer m_playTimer;
    int m_playStep = 0;
    int m_longestPath = 0;
    QList<QList<QPointF>> m_fullPaths;   // by optimizer kind, for Play
    QList<QList<QPointF>> m_fullLosses;
};

} // namespace loopcraft
