#pragma once

#include <QString>
#include <vector>

namespace loopcraft {

class QuestionBank;
class ReviewStore;

// Share of reviews recalled (Hard, Good or Easy) among reviews of cards in Review state whose
// elapsed time fell in a bucket.
struct RetentionBucket {
    QString label;  // "1d", "2–7d", "8–30d", ">30d"
    int reviews = 0;
    int recalled = 0;
    double rate() const { return reviews ? double(recalled) / reviews : 0.0; }
};

// Cards in Review with stability of at least 21 days, per category.
struct CategoryMastery {
    QString category;
    int questions = 0;
    int mastered = 0;
    double share() const { return questions ? double(mastered) / questions : 0.0; }
};

// The numbers behind the Statistics view, computed from the review store (no widgets).
class ReviewStatistics {
public:
    static constexpr double kMasteredStability = 21.0;

    // Answers per local day; the last element is today, the first is days - 1 ago.
    static std::vector<int> reviewsPerDay(const ReviewStore &store, qint64 nowMs, int days = 30);
    // Cards falling due per day from today (overdue counted today) over the next days.
    static std::vector<int> dueForecast(const ReviewStore &store, qint64 nowMs, int days = 30);
    static std::vector<RetentionBucket> retention(const ReviewStore &store);
    static std::vector<CategoryMastery> mastery(const ReviewStore &store, const QuestionBank &bank);
    // Consecutive days with at least one answer, ending today (or yesterday if none yet today).
    static int streak(const ReviewStore &store, qint64 nowMs);
};

} // namespace loopcraft
