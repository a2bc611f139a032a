#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;

class QChartView;

namespace loopcraft {

class Navigator;
struct Services;

// Progress at a glance: reviews per day, the due forecast, true retention by interval,
// mastery per category and the streak. Qt Charts coloured from the palette in effect, each
// chart exportable to PNG.
class StatisticsView : public QWidget {
    Q_OBJECT
public:
    enum Chart { ReviewsPerDay, DueForecast, Retention, Mastery, ChartCount };

    StatisticsView(Services &services, Navigator *navigator, QWidget *parent = nullptr);

    void refresh();
    bool exportChart(int chart, const QString &file);
    QChartView *chartView(int chart) const { return m_views[chart]; }
    static QString chartFileName(int chart);

signals:
    void studyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void exportWithDialog(int chart);
    void exportAll();

    Services &m_services;
    Navigator *m_navigator;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_streak = nullptr;
    QLabel *m_totals = nullptr;
    QChartView *m_views[ChartCount] = {};
};

} // namespace loopcraft
