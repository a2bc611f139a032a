#pragma once

#include "review/mockhistory.h"
#include "review/mockloop.h"

#include <QElapsedTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;
class QVBoxLayout;

namespace loopcraft {

class Navigator;
struct Services;

// The mock interview loop: plan the rounds, answer each question against a visible countdown
// (behavioural questions list the user's stories for the probed principle), score each round
// on the rubric, and keep the report in the history.
class MockInterviewView : public QWidget {
    Q_OBJECT
public:
    MockInterviewView(Services &services, Navigator *navigator, QWidget *parent = nullptr);

    void refresh();
    MockHistory &history() { return m_history; }
    QString countdownText() const;
    bool running() const;

public slots:
    void startLoop();
    void nextQuestion();
    void togglePause();
    void toggleAnswer();
    void finishLoop();
    void saveReport();

private:
    QWidget *buildSetup();
    QWidget *buildRunning();
    QWidget *buildScoring();
    void showQuestion();
    void tick();
    void recordTime();
    void showHistoryDetails();
    QList<MockRoundPlan> plan() const;

    Services &m_services;
    Navigator *m_navigator;
    MockHistory m_history;
    MockReport m_report;
    int m_round = 0;
    int m_question = 0;
    qint64 m_remainingMs = 0;
    QElapsedTimer m_clock;
    bool m_paused = false;

    QStackedWidget *m_stack = nullptr;
    struct RoundRow {
        QCheckBox *enabled;
        QSpinBox *count;
        QSpinBox *minutes;
        QLabel *available;
    };
    QList<RoundRow> m_rows;
    QPushButton *m_start = nullptr;
    QTreeWidget *m_historyList = nullptr;
    QTextBrowser *m_historyDetails = nullptr;
    QLabel *m_historyMessage = nullptr;

    QLabel *m_roundLabel = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_questionTitle = nullptr;
    QLabel *m_questionPrompt = nullptr;
    QLabel *m_stories = nullptr;
    QTextBrowser *m_answer = nullptr;
    QPushButton *m_pause = nullptr;
    QTimer *m_timer = nullptr;

    QVBoxLayout *m_scoringLayout = nullptr;
    QWidget *m_scoringForm = nullptr;
    QList<QList<QSpinBox *>> m_scoreSpins;
    QList<QLineEdit *> m_notes;

    QList<QAction *> m_runningActions;
    QAction *m_startAction = nullptr;
    QAction *m_saveAction = nullptr;
};

} // namespace loopcraft
