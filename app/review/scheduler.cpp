#include "scheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cmath>

namespace loopcraft {

namespace {

// SplitMix64: a tiny, well-mixed hash so fuzz is a pure function of seed, card and reps.
quint64 splitMix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

quint64 stableHash(const QString &text)
{
    // FNV-1a over UTF-16 units: unlike qHash it does not change between runs or Qt versions.
    quint64 h = 0xcbf29ce484222325ull;
    for (QChar c : text) {
        h ^= c.unicode();
        h *= 0x100000001b3ull;
    }
    return h;
}

} // namespace

Scheduler::Scheduler(SchedulerSettings settings, Fsrs fsrs) : m_settings(std::move(settings)), m_fsrs(fsrs)
{
    m_settings.desiredRetention = SchedulerSettings::clampRetention(m_settings.desiredRetention);
    m_settings.maximumInterval = std::max(1, m_settings.maximumInterval);
}

double Scheduler::retrievability(const ReviewCard &card, qint64 nowMs) const
{
    if (card.state == CardState::New || card.lastReviewMs <= 0)
        return 0.0;
    const double days = std::max<qint64>(0, (nowMs - card.lastReviewMs) / kDayMs);
    return m_fsrs.retrievability(days, card.stability);
}

std::pair<int, int> Scheduler::fuzzRange(int days, int maximumInterval)
{
    static const struct {
        double start, end, factor;
    } ranges[] = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, 1e18, 0.05}};
    double delta = 1.0;  // py-fsrs starts from one day so short intervals still spread
    for (const auto &r : ranges)
        delta += r.factor * std::max(std::min(static_cast<double>(days), r.end) - r.start, 0.0);
    int low = std::max(2, static_cast<int>(std::lround(days - delta)));
    const int high = std::min(static_cast<int>(std::lround(days + delta)), maximumInterval);
    low = std::min(low, high);
    return {low, high};
}

int Scheduler::fuzzedInterval(int days, const QString &questionId, int reps) const
{
    if (!m_settings.fuzz || days < 3)  // py-fsrs: no fuzz below 2.5 days
        return days;
    const auto [low, high] = fuzzRange(days, m_settings.maximumInterval);
    const quint64 bits = splitMix(m_settings.fuzzSeed ^ splitMix(stableHash(questionId) + static_cast<quint64>(reps)));
    const double unit = static_cast<double>(bits >> 11) / 9007199254740992.0;  // [0, 1)
    const int fuzzed = static_cast<int>(std::floor(unit * (high - low + 1) + low));
    return std::min(fuzzed, m_settings.maximumInterval);
}

qint64 Scheduler::stepMs(const QList<int> &steps, int step, Rating rating) const
{
    // py-fsrs's step rules: Again restarts, Hard repeats (the mean of the first two steps, or
    // 1.5x a single step), Good moves on.
    switch (rating) {
    case Rating::Again: return qint64(steps.first()) * 1000;
    case Rating::Hard:
        if (step == 0 && steps.size() == 1)
            return qint64(steps.first()) * 1500;
        if (step == 0)
            return (qint64(steps[0]) + steps[1]) * 500;
        return qint64(steps[std::min<qsizetype>(step, steps.size() - 1)]) * 1000;
    case Rating::Good: return qint64(steps[std::min<qsizetype>(step + 1, steps.size() - 1)]) * 1000;
    case Rating::Easy: break;
    }
    return 0;
}

ReviewOutcome Scheduler::review(const ReviewCard &card, Rating rating, qint64 nowMs) const
{
    ReviewCard next = card;
    ReviewLogEntry log;
    log.timeMs = nowMs;
    log.rating = rating;
    log.before = card.state;

    const bool isNew = card.state == CardState::New || card.lastReviewMs <= 0;
    const qint64 elapsedMs = isNew ? 0 : std::max<qint64>(0, nowMs - card.lastReviewMs);
    const int elapsedDays = static_cast<int>(elapsedMs / kDayMs);
    log.elapsedDays = elapsedDays;

    // Memory state: new cards start from S0/D0; later answers update S and D, with the
    // short-term formula for a second answer on the same day.
    if (isNew) {
        next.stability = m_fsrs.initialStability(rating);
        next.difficulty = m_fsrs.initialDifficulty(rating);
    } else {
        const double r = m_fsrs.retrievability(elapsedDays, card.stability);
        if (elapsedDays < 1)
            next.stability = m_fsrs.shortTermStability(card.stability, rating);
        else if (rating == Rating::Again)
            next.stability = m_fsrs.forgetStability(card.difficulty, card.stability, r);
        else
            next.stability = m_fsrs.recallStability(card.difficulty, card.stability, r, rating);
        next.difficulty = m_fsrs.nextDifficulty(card.difficulty, rating);
    }

    auto graduate = [&] {
        next.state = CardState::Review;
        next.step = 0;
        const int days = m_fsrs.nextInterval(next.stability, m_settings.desiredRetention, m_settings.maximumInterval);
        next.scheduledDays = fuzzedInterval(days, card.questionId, card.reps + 1);
        next.dueMs = nowMs + qint64(next.scheduledDays) * kDayMs;
    };
    auto stay = [&](CardState state, int newStep, qint64 delayMs) {
        next.state = state;
        next.step = newStep;
        next.scheduledDays = 0;
        next.dueMs = nowMs + delayMs;
    };

    if (card.state == CardState::Review && !isNew) {
        if (rating != Rating::Again) {
            graduate();
        } else {
            ++next.lapses;
            const QList<int> &steps = m_settings.relearningStepsSeconds;
            if (steps.isEmpty())
                graduate();
            else
                stay(CardState::Relearning, 0, qint64(steps.first()) * 1000);
        }
    } else {
        // New, Learning or Relearning: walk the steps.
        const CardState state = card.state == CardState::Relearning ? CardState::Relearning : CardState::Learning;
        const QList<int> &steps = state == CardState::Relearning ? m_settings.relearningStepsSeconds
                                                                 : m_settings.learningStepsSeconds;
        const int step = isNew ? 0 : std::max(0, card.step);
        if (steps.isEmpty() || rating == Rating::Easy || (step >= steps.size() && rating != Rating::Again))
            graduate();
        else if (rating == Rating::Again)
            stay(state, 0, stepMs(steps, step, rating));
        else if (rating == Rating::Hard)
            stay(state, step, stepMs(steps, step, rating));
        else if (step + 1 >= steps.size())
            graduate();
        else
            stay(state, step + 1, stepMs(steps, step, rating));
    }

    next.lastReviewMs = nowMs;
    ++next.reps;
    log.after = next.state;
    log.scheduledDays = next.scheduledDays;
    log.card = next;
    return {next, log};
}

std::array<qint64, 4> Scheduler::preview(const ReviewCard &card, qint64 nowMs) const
{
    std::array<qint64, 4> result{};
    for (int g = 1; g <= 4; ++g)
        result[static_cast<std::size_t>(g - 1)] = review(card, static_cast<Rating>(g), nowMs).card.dueMs - nowMs;
    return result;
}

QString Scheduler::formatInterval(qint64 milliseconds)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Scheduler", text); };
    const double seconds = std::max<qint64>(0, milliseconds) / 1000.0;
    const double days = seconds / 86400.0;
    auto oneDecimal = [](double v) {
        const double rounded = std::round(v * 10.0) / 10.0;
        return rounded == std::floor(rounded) ? QString::number(static_cast<long long>(rounded))
                                              : QString::number(rounded, 'f', 1);
    };
    if (seconds < 60)
        return tr("%1s").arg(std::lround(seconds));
    if (seconds < 3600)
        return tr("%1m").arg(std::lround(seconds / 60));
    if (days < 1)
        return tr("%1h").arg(oneDecimal(seconds / 3600));
    if (days < 30)
        return tr("%1d").arg(std::lround(days));
    if (days < 365)
        return tr("%1mo").arg(oneDecimal(days / 30));
    return tr("%1y").arg(oneDecimal(days / 365));
}

} // namespace loopcraft
