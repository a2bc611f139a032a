#pragma once

#include "concepts/conceptmodel.h"

#include <QList>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>
#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLabel;
class QVBoxLayout;
class QHBoxLayout;
QT_END_NAMESPACE

namespace loopcraft {

class ParameterPanel;

// One concept on screen: its parameter controls, its charts and the sentence that explains them,
// presenting a core ConceptModel. Subclasses build the charts and fill them from a result; this
// base coalesces slider drags (a 0-ms single-shot timer: the latest values win, stale work is
// dropped, never queued), applies presets, follows the palette and exports PNG, SVG and CSV.
class ConceptView : public QWidget {
    Q_OBJECT
public:
    ConceptView(std::unique_ptr<concepts::ConceptModel> model, QWidget *parent = nullptr);
    ~ConceptView() override;

    QString conceptId() const;
    QString title() const; // the factory's title for conceptId()
    virtual QString summary() const = 0;  // one line above the controls: what to try first
    virtual QString tips() const { return {}; }  // a few experiments, under the controls

    ParameterPanel *parameters() const { return m_panel; }
    const concepts::ConceptResult &result() const { return m_result; }
    QWidget *chartArea() const { return m_chartArea; }
    QList<QChartView *> chartViews() const { return m_chartViews; }
    int recomputeCount() const { return m_recomputeCount; }

    // Defaults overlaid with the preset; an explanation (valid names/values) when it is refused.
    QString applyPreset(const QVariantMap &params);
    void resetToDefaults();
    void newSeed();
    void recomputeNow();
    // The command line renders the charts alone, without the controls column.
    void setControlsVisible(bool visible);
    void setSummaryText(const QString &text);
    void setTipsText(const QString &text);

    // By the file's suffix: .png, .svg or .csv. An error message, or empty on success.
    QString exportTo(const QString &filePath);
    bool exportPng(const QString &filePath);
    bool exportSvg(const QString &filePath);
    bool exportCsv(const QString &filePath) const;

    virtual bool canPlay() const { return false; }
    virtual void togglePlay() {}

    static concepts::ParamMap toParamMap(const concepts::ConceptSpec &spec, const QVariantMap &params,
                                         QString *error = nullptr);

signals:
    void recomputed();

protected:
    virtual concepts::ConceptResult compute(const concepts::ParamMap &values) const;
    virtual void present(const concepts::ConceptResult &result) = 0;
    virtual void restyle() = 0;  // the palette changed: chart colours follow

    const concepts::ConceptModel &model() const { return *m_model; }
    QChartView *addChart(QChart *chart);
    void addChartView(QChartView *view);  // for chart views of a subclass type
    QVBoxLayout *extraControls() const { return m_extraControls; }
    void setExplanation(const QString &text);
    void scheduleRecompute();
    void changeEvent(QEvent *event) override;

private:
    std::unique_ptr<concepts::ConceptModel> m_model;
    concepts::ConceptResult m_result;
    ParameterPanel *m_panel;
    QWidget *m_controls;
    QVBoxLayout *m_extraControls;
    QWidget *m_chartArea;
    QHBoxLayout *m_chartRow;
    QLabel *m_explanation;
    QLabel *m_summary;
    QLabel *m_tips;
    QList<QChartView *> m_chartViews;
    QTimer m_recomputeTimer;
    int m_recomputeCount = 0;
    bool m_styling = false;
};

} // namespace loopcraft
