#include "reviewstatistics.h"

#include "library/questionbank.h"
#include "reviewstore.h"
#include "studyday.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <cmath>

namespace loopcraft {

std::vector<int> ReviewStatistics::reviewsPerDay(const ReviewStore &store, qint64 nowMs, int days)
{
    std::vector<int> counts(static_cast<std::size_t>(std::max(0, days)), 0);
    const auto &log = store.log();
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        const int ago = localDaysBetween(it->timeMs, nowMs);
        if (ago >= days)
            break;  // the log is chronological
        if (ago >= 0)
            ++counts[static_cast<std::size_t>(days - 1 - ago)];
    }
    return counts;
}

std::vector<int> ReviewStatistics::dueForecast(const ReviewStore &store, qint64 nowMs, int days)
{
    std::vector<int> counts(static_cast<std::size_t>(std::max(0, days)), 0);
    const qint64 today = startOfLocalDayMs(nowMs);
    for (const ReviewCard &card : store.cards()) {
        if (card.state == CardState::New)
            continue;
        // Whole days by arithmetic: one QDateTime per card is too slow for 100k cards, and an
        // hour of daylight saving does not move a bar.
        const qint64 day = card.dueMs < today ? 0 : (card.dueMs - today) / 86'400'000;
        if (day < days)
            ++counts[static_cast<std::size_t>(day)];
    }
    return counts;
}

std::vector<RetentionBucket> ReviewStatistics::retention(const ReviewStore &store)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ReviewStatistics", text); };
    std::vector<RetentionBucket> buckets{{tr("1d"), 0, 0}, {tr("2–7d"), 0, 0}, {tr("8–30d"), 0, 0}, {tr(">30d"), 0, 0}};
    for (const ReviewLogEntry &entry : store.log()) {
        if (entry.before != CardState::Review)
            continue;
        const int d = entry.elapsedDays;
        RetentionBucket &bucket = buckets[d <= 1 ? 0 : d <= 7 ? 1 : d <= 30 ? 2 : 3];
        ++bucket.reviews;
        if (entry.rating != Rating::Again)
            ++bucket.recalled;
    }
    return buckets;
}

std::vector<CategoryMastery> ReviewStatistics::mastery(const ReviewStore &store, const QuestionBank &bank)
{
    std::vector<CategoryMastery> result;
    QHash<QString, std::size_t> index;
    for (const QString &category : bank.categories()) {
        index.insert(category, result.size());
        result.push_back({category, 0, 0});
    }
    for (const Question &question : bank.questions()) {
        const auto it = index.constFind(question.category);
        if (it == index.constEnd())
            continue;
        CategoryMastery &m = result[*it];
        ++m.questions;
        const ReviewCard *card = store.card(question.id);
        if (card && card->state == CardState::Review && card->stability >= kMasteredStability)
            ++m.mastered;
    }
    return result;
}

int ReviewStatistics::streak(const ReviewStore &store, qint64 nowMs)
{
    QSet<int> daysAgo;
    const auto &log = store.log();
    int previous = -1;
    for (auto it = log.rbegin(); it != log.rend(); ++it) {
        const int ago = localDaysBetween(it->timeMs, nowMs);
        if (ago < 0)
            continue;
        if (previous >= 0 && ago > previous + 1)
            break;  // a gap: older answers cannot extend the streak
        daysAgo.insert(ago);
        previous = std::max(previous, ago);
    }
    int day = daysAgo.contains(0) ? 0 : 1;
    int streak = 0;
    while (daysAgo.contains(day)) {
        ++streak;
        ++day;
    }
    return streak;
}

} // namespace loopcraft
