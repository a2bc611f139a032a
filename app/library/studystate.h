#pragma once

#include <QString>

namespace loopcraft {

// What the Library's search and filters need to know about a question's review state. The
// Practice room's scheduler provides it; the Library never depends on the scheduler itself.
struct StudyState {
    enum class Stage { New, Learning, Review, Relearning };
    Stage stage = Stage::New;
    bool due = false;            // due now (or overdue)
    double intervalDays = 0.0;   // current scheduled interval, 0 for new cards
};

class StudyStateProvider {
public:
    virtual ~StudyStateProvider() = default;
    virtual StudyState studyState(const QString &questionId) const = 0;
};

} // namespace loopcraft
