#pragma once

#include <array>
#include <QWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QSpinBox;

namespace loopcraft {

class SpeakingTimeBar;
class StoryInsights;

// The live feedback beside the editor: speaking time, balance, "I" against "we", a measurable
// result, filler words and missing sections, plus the pace and the highlighting switch.
class InsightsPanel : public QWidget {
    Q_OBJECT
public:
    explicit InsightsPanel(QWidget *parent = nullptr);

    void showInsights(const StoryInsights &insights);
    void setWordsPerMinute(double wpm);
    QCheckBox *highlightSwitch() const { return m_highlight; }

    // The verdict lines, for tests and accessibility.
    QString timeText() const;
    QString resultText() const;
    QString fillerText() const;
    QString pronounText() const;
    QString missingText() const;
    QString balanceText() const;

signals:
    void wordsPerMinuteChanged(double wpm);
    void highlightingToggled(bool on);

private:
    QLabel *m_time = nullptr;
    SpeakingTimeBar *m_timeBar = nullptr;
    QSpinBox *m_pace = nullptr;
    std::array<QProgressBar *, 4> m_balanceBars{};
    std::array<QLabel *, 4> m_balanceLabels{};
    QLabel *m_balance = nullptr;
    QLabel *m_pronouns = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_fillers = nullptr;
    QLabel *m_missing = nullptr;
    QCheckBox *m_highlight = nullptr;
};

} // namespace loopcraft
