#pragma once

#include "library/searchindex.h"
#include "review/studysession.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;

namespace loopcraft {

class Navigator;
struct Services;

// Flashcards: choose a scope and limits, then study with the keyboard alone — Space shows the
// answer, 1–4 rate it (each button shows the interval it would give), Ctrl+Z undoes, and the
// session ends with a summary.
class FlashcardsView : public QWidget {
    Q_OBJECT
public:
    FlashcardsView(Services &services, Navigator *navigator, QWidget *parent = nullptr);
    ~FlashcardsView() override;

    void refresh();  // setup counts, after the page is shown or the store reloaded
    bool inSession() const;
    StudySession *session() const { return m_session.get(); }

public slots:
    void startSession();
    void reveal();
    void rate(int rating);
    void undo();
    void endSession();

signals:
    void answered();  // the store changed: the page schedules a save

private:
    QWidget *buildSetup();
    QWidget *buildCard();
    QWidget *buildSummary();
    void showCurrent();
    void showSummary();
    void updateCounts();
    void fillScopeValues();
    void editScheduling();
    void applySettings();
    StudyScope chosenScope();
    qint64 now() const;

    Services &m_services;
    Navigator *m_navigator;
    std::unique_ptr<StudySession> m_session;
    // For saved-search scopes: indexing the shipped bank costs about 30 ms, too much for every
    // change of scope or limit, so the index is kept until the bank changes (its revision).
    SearchIndex m_scopeIndex;
    quint64 m_scopeIndexRevision = 0;
    bool m_revealed = false;

    QStackedWidget *m_stack = nullptr;
    // setup
    QComboBox *m_scopeKind = nullptr;
    QComboBox *m_scopeValue = nullptr;
    QSpinBox *m_newLimit = nullptr;
    QSpinBox *m_reviewLimit = nullptr;
    QDoubleSpinBox *m_retention = nullptr;
    QLabel *m_setupStatus = nullptr;
    QPushButton *m_start = nullptr;
    // card
    QLabel *m_counts = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_prompt = nullptr;
    QTextBrowser *m_answer = nullptr;
    QPushButton *m_showAnswer = nullptr;
    QWidget *m_ratingRow = nullptr;
    QPushButton *m_ratingButtons[4] = {};
    QLabel *m_error = nullptr;
    // summary
    QLabel *m_summary = nullptr;

    QAction *m_startAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_rateActions[4] = {};
    QAction *m_undoAction = nullptr;
    QAction *m_endAction = nullptr;
};

} // namespace loopcraft
