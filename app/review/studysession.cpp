#include "studysession.h"

#include "library/questionbank.h"
#include "studyday.h"

#include <algorithm>

namespace loopcraft {

StudySession::StudySession(ReviewStore &store, const QuestionBank &bank, StudyScope scope, SessionLimits limits,
                           qint64 nowMs)
    : m_store(store), m_bank(bank), m_scope(std::move(scope))
{
    const auto [newDone, reviewsDone] = doneToday(store, nowMs);
    int newAllowance = std::max(0, limits.newPerDay - newDone);
    int reviewAllowance = std::max(0, limits.reviewsPerDay - reviewsDone);

    auto inScope = [this](const QString &id) {
        const Question *question = m_bank.find(id);
        return question && m_scope.matches(*question);
    };
    // A review card is due for its whole day (as in Anki); learning cards wait for their step.
    for (const ReviewCard *card : store.dueCards(endOfLocalDayMs(nowMs) - 1)) {
        const QString &id = card->questionId;
        if (!inScope(id))
            continue;
        if (card->state == CardState::Review) {
            if (reviewAllowance > 0) {
                m_reviewQueue.push_back(id);
                --reviewAllowance;
            }
        } else {
            m_learning << id;
        }
    }
    for (const Question &question : bank.questions()) {
        if (newAllowance <= 0)
            break;
        if (!m_scope.matches(question))
            continue;
        const ReviewCard *card = store.card(question.id);
        if (card && card->state != CardState::New)
            continue;
        m_newQueue.push_back(question.id);
        --newAllowance;
    }
    advance(nowMs);
}

std::pair<int, int> StudySession::doneToday(const ReviewStore &store, qint64 nowMs)
{
    const qint64 start = startOfLocalDayMs(nowMs);
    const qint64 end = endOfLocalDayMs(nowMs);
    int introduced = 0;
    int reviewed = 0;
    const auto &log = store.log();
    for (auto it = log.rbegin(); it != log.rend() && it->timeMs >= start; ++it) {
        if (it->timeMs >= end)
            continue;
        if (it->before == CardState::New)
            ++introduced;
        else if (it->before == CardState::Review)
            ++reviewed;
    }
    return {introduced, reviewed};
}

void StudySession::take(const QString &id, Source source, qint64 nowMs)
{
    m_current = id;
    m_currentSource = source;
    if (m_firstShownMs == 0)
        m_firstShownMs = nowMs;
}

void StudySession::advance(qint64 nowMs)
{
    if (!m_current.isEmpty())
        return;
    auto earliestLearning = [this](qint64 limitMs) -> qsizetype {
        qsizetype best = -1;
        qint64 bestDue = 0;
        for (qsizetype i = 0; i < m_learning.size(); ++i) {
            const ReviewCard *card = m_store.card(m_learning[i]);
            const qint64 due = card ? card->dueMs : 0;
            if (due <= limitMs && (best < 0 || due < bestDue)) {
                best = i;
                bestDue = due;
            }
        }
        return best;
    };
    if (const qsizetype i = earliestLearning(nowMs); i >= 0) {
        take(m_learning.takeAt(i), Source::Learning, nowMs);
    } else if (!m_reviewQueue.empty()) {
        take(m_reviewQueue.front(), Source::Review, nowMs);
        m_reviewQueue.pop_front();
    } else if (!m_newQueue.empty()) {
        take(m_newQueue.front(), Source::New, nowMs);
        m_newQueue.pop_front();
    } else if (const qsizetype j = earliestLearning(nowMs + kLearnAheadMs); j >= 0) {
        take(m_learning.takeAt(j), Source::Learning, nowMs);
    }
}

std::optional<ReviewOutcome> StudySession::rate(Rating rating, qint64 nowMs, QString *error)
{
    if (m_current.isEmpty())
        return std::nullopt;
    auto outcome = m_store.rate(m_current, rating, nowMs, error);
    if (!outcome)
        return std::nullopt;
    m_history.push_back({m_current, m_currentSource, rating, m_firstShownMs});
    if (outcome->card.state == CardState::Learning || outcome->card.state == CardState::Relearning)
        m_learning << m_current;
    m_current.clear();
    m_currentSource = Source::None;
    m_lastAnswerMs = nowMs;
    advance(nowMs);
    return outcome;
}

void StudySession::putBack()
{
    switch (m_currentSource) {
    case Source::New: m_newQueue.push_front(m_current); break;
    case Source::Review: m_reviewQueue.push_front(m_current); break;
    case Source::Learning: m_learning << m_current; break;
    case Source::None: break;
    }
    m_current.clear();
    m_currentSource = Source::None;
}

bool StudySession::undo(QString *error)
{
    if (!canUndo())
        return false;
    const Answered last = m_history.back();
    if (!m_store.undo(error))
        return false;
    m_history.pop_back();
    putBack();
    m_learning.removeAll(last.id);
    m_current = last.id;
    m_currentSource = last.source;
    if (m_history.empty())
        m_lastAnswerMs = 0;
    return true;
}

int StudySession::newRemaining() const
{
    return static_cast<int>(m_newQueue.size()) + (m_currentSource == Source::New ? 1 : 0);
}

int StudySession::learningRemaining() const
{
    return static_cast<int>(m_learning.size()) + (m_currentSource == Source::Learning ? 1 : 0);
}

int StudySession::reviewRemaining() const
{
    return static_cast<int>(m_reviewQueue.size()) + (m_currentSource == Source::Review ? 1 : 0);
}

SessionSummary StudySession::summary() const
{
    SessionSummary result;
    result.cards = static_cast<int>(m_history.size());
    for (const Answered &answered : m_history)
        ++result.ratings[static_cast<std::size_t>(static_cast<int>(answered.rating) - 1)];
    result.elapsedMs = m_lastAnswerMs > m_firstShownMs && m_firstShownMs > 0 ? m_lastAnswerMs - m_firstShownMs : 0;
    result.learningLeft = learningRemaining();
    for (const Question &question : m_bank.questions()) {
        if (!m_scope.matches(question))
            continue;
        const ReviewCard *card = m_store.card(question.id);
        if (card && card->state != CardState::New && (result.nextDueMs == 0 || card->dueMs < result.nextDueMs))
            result.nextDueMs = card->dueMs;
    }
    return result;
}

QStringList StudySession::pendingIds() const
{
    QStringList ids(m_newQueue.begin(), m_newQueue.end());
    ids += QStringList(m_reviewQueue.begin(), m_reviewQueue.end());
    ids += m_learning;
    if (!m_current.isEmpty())
        ids << m_current;
    return ids;
}

} // namespace loopcraft
