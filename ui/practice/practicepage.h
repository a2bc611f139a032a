#pragma once

#include "page.h"

class QLabel;
class QTabWidget;
class QTimer;
class QWidget;

namespace loopcraft {

class FlashcardsView;
class MockInterviewView;
class Navigator;
class StatisticsView;
struct Services;

// The Practice room: Flashcards, the mock interview loop and Statistics as tabs (Alt+1..3),
// with a notice when the progress file could not be read and the backups on offer.
class PracticePage : public Page {
    Q_OBJECT
public:
    PracticePage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
    ~PracticePage() override;

    void activated() override;
    FlashcardsView *flashcards() const { return m_flashcards; }
    MockInterviewView *mockInterview() const { return m_mock; }
    StatisticsView *statistics() const { return m_statistics; }
    QTabWidget *tabs() const { return m_tabs; }
    bool saveNow();  // the debounced save, at once (tests, quitting)

private:
    void scheduleSave();
    void updateNotice();
    void offerBackups();

    Services &m_services;
    Navigator *m_navigator;
    QTabWidget *m_tabs;
    FlashcardsView *m_flashcards;
    MockInterviewView *m_mock;
    StatisticsView *m_statistics;
    QWidget *m_notice;
    QLabel *m_noticeText;
    QTimer *m_saveTimer;
};

} // namespace loopcraft
