#pragma once

#include "reviewstore.h"
#include "sessionlimits.h"
#include "studyscope.h"

#include <QStringList>
#include <array>
#include <deque>

namespace loopcraft {

class QuestionBank;

// What a finished (or abandoned) session did.
struct SessionSummary {
    int cards = 0;                    // answers given
    std::array<int, 4> ratings{};     // Again, Hard, Good, Easy
    qint64 elapsedMs = 0;             // first card shown to last answer
    qint64 nextDueMs = 0;             // the earliest due card in scope afterwards, 0 if none
    int learningLeft = 0;             // cards still in (re)learning steps later today
};

// One sitting of flashcards over a scope: learning cards when their step is due, then due
// reviews (most overdue first, up to the day's review limit), then new cards (up to the day's
// new limit), then learning cards up to 20 minutes early so the session can end. Ctrl+Z goes
// back one answer at a time. A saved-search scope must be resolved (StudyScope::resolve) before
// the session is made; an unresolved one finds nothing.
class StudySession {
public:
    static constexpr qint64 kLearnAheadMs = 20 * 60 * 1000;

    StudySession(ReviewStore &store, const QuestionBank &bank, StudyScope scope, SessionLimits limits,
                 qint64 nowMs);

    // The question to show now; empty when the session is over. Call after every answer or
    // undo, or when time has passed.
    QString current() const { return m_current; }
    bool finished() const { return m_current.isEmpty(); }
    // Picks the next card for this moment (learning cards whose step has come first).
    void advance(qint64 nowMs);

    std::optional<ReviewOutcome> rate(Rating rating, qint64 nowMs, QString *error = nullptr);
    bool canUndo() const { return !m_history.empty() && m_store.canUndo(); }
    bool undo(QString *error = nullptr);

    int newRemaining() const;
    int learningRemaining() const;
    int reviewRemaining() const;
    SessionSummary summary() const;
    const StudyScope &scope() const { return m_scope; }

    // Answers of the local day containing nowMs: new cards introduced, reviews answered.
    static std::pair<int, int> doneToday(const ReviewStore &store, qint64 nowMs);

    // For tests: every id waiting anywhere in the session, the current one included.
    QStringList pendingIds() const;

private:
    enum class Source { None, New, Review, Learning };
    struct Answered {
        QString id;
        Source source;
        Rating rating;
        qint64 startedMs;
    };
    void take(const QString &id, Source source, qint64 nowMs);
    void putBack();

    ReviewStore &m_store;
    const QuestionBank &m_bank;
    StudyScope m_scope;
    std::deque<QString> m_newQueue;
    std::deque<QString> m_reviewQueue;
    QStringList m_learning;  // in (re)learning steps: picked by due time, not by order
    QString m_current;
    Source m_currentSource = Source::None;
    std::vector<Answered> m_history;
    qint64 m_firstShownMs = 0;
    qint64 m_lastAnswerMs = 0;
};

} // namespace loopcraft
