#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace loopcraft {

class PrincipleCatalogue;
class QuestionBank;
class StoryBank;

// Rehearse: pick a principle or one of its questions and a story, tell it aloud against a
// visible timer, then check it against what interviewers listen for.
class RehearsePanel : public QWidget {
    Q_OBJECT
public:
    RehearsePanel(const StoryBank &bank, const PrincipleCatalogue &principles, const QuestionBank &questions,
                  QWidget *parent = nullptr);

    void reload(); // stories changed
    void choosePrinciple(const QString &principleId);
    void chooseStory(const QString &storyId);
    QString currentPrinciple() const;
    QString currentStory() const;

    void start();
    void stop();
    void toggle();
    bool isRunning() const { return m_running; }
    double elapsedSeconds() const;
    QListWidget *selfCheck() const { return m_check; }
    QString summaryText() const;

private:
    void fillQuestions();
    void fillStories();
    void showStory();
    void tick();
    void updateSummary();

    const StoryBank &m_bank;
    const PrincipleCatalogue &m_principles;
    const QuestionBank &m_questions;
    QComboBox *m_principleBox = nullptr;
    QComboBox *m_questionBox = nullptr;
    QComboBox *m_storyBox = nullptr;
    QLabel *m_prompt = nullptr;
    QCheckBox *m_showStory = nullptr;
    QTextBrowser *m_storyView = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_clockHint = nullptr;
    QPushButton *m_startStop = nullptr;
    QListWidget *m_check = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_elapsed;
    qint64 m_stoppedAtMs = 0;
    bool m_running = false;
};

} // namespace loopcraft
