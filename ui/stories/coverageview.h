#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QTableView;
class QTextBrowser;

namespace loopcraft {

class CoverageModel;
class QuestionBank;
class PrincipleCatalogue;
class StoryBank;

// The coverage tab: the principles × stories matrix, and for the chosen principle its
// description, what interviewers listen for, its typical questions and the stories that prove it.
class CoverageView : public QWidget {
    Q_OBJECT
public:
    CoverageView(const StoryBank &bank, const PrincipleCatalogue &principles, const QuestionBank &questions,
                 QWidget *parent = nullptr);

    void reload();
    void showPrinciple(const QString &principleId);
    QString currentPrinciple() const { return m_current; }
    CoverageModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QListWidget *questionList() const { return m_questions; }
    // Question ids probing a principle: the catalogue's list, then any question naming it.
    QStringList questionsFor(const QString &principleId) const;

signals:
    void principleChosen(const QString &principleId);                     // filter the story list
    void storyChosen(const QString &principleId, const QString &storyId); // filter and open
    void questionChosen(const QString &questionId);

private:
    const StoryBank &m_bank;
    const PrincipleCatalogue &m_principles;
    const QuestionBank &m_questionBank;
    CoverageModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_detail = nullptr;
    QListWidget *m_questions = nullptr;
    QListWidget *m_stories = nullptr;
    QString m_current;
};

} // namespace loopcraft
