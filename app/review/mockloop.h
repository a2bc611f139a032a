#pragma once

#include "mockreport.h"

#include <QList>

namespace loopcraft {

class QuestionBank;
struct Question;

// Plans a mock interview loop: which categories feed each round, the rubric, and a
// reproducible draw of questions (no question twice in one loop).
class MockLoop {
public:
    static QList<RoundKind> allRounds();
    static QList<MockRoundPlan> defaultPlan();
    static QString title(RoundKind kind);
    static QString id(RoundKind kind);  // "breadth", ... for files
    static std::optional<RoundKind> fromId(const QString &id);
    static QStringList categories(RoundKind kind);
    static QStringList rubric();        // the four scored dimensions, in order

    static bool fits(RoundKind kind, const Question &question);
    static MockReport draw(const QuestionBank &bank, const QList<MockRoundPlan> &plan, quint64 seed, qint64 nowMs);
};

} // namespace loopcraft
