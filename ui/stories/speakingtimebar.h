#pragma once

#include <QWidget>

namespace loopcraft {

// A bar of the story's estimated speaking time against the 1.5–3 minute target band.
class SpeakingTimeBar : public QWidget {
    Q_OBJECT
public:
    explicit SpeakingTimeBar(QWidget *parent = nullptr);

    void setSeconds(double seconds, double targetMin, double targetMax);
    double seconds() const { return m_seconds; }
    QSize sizeHint() const override { return {220, 36}; }
    QSize minimumSizeHint() const override { return {120, 36}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    double m_seconds = 0;
    double m_min = 90;
    double m_max = 180;
};

} // namespace loopcraft
