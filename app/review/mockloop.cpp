#include "mockloop.h"

#include "library/questionbank.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <numeric>
#include <random>

namespace loopcraft {

double MockRound::average() const
{
    int sum = 0;
    int count = 0;
    for (int s : scores)
        if (s > 0) {
            sum += s;
            ++count;
        }
    return count ? double(sum) / count : 0.0;
}

double MockReport::average() const
{
    double sum = 0;
    int count = 0;
    for (const MockRound &round : rounds)
        if (round.average() > 0) {
            sum += round.average();
            ++count;
        }
    return count ? sum / count : 0.0;
}

QList<RoundKind> MockLoop::allRounds()
{
    return {RoundKind::Breadth, RoundKind::Depth, RoundKind::SystemDesign, RoundKind::Coding, RoundKind::Behavioural};
}

QList<MockRoundPlan> MockLoop::defaultPlan()
{
    return {{RoundKind::Breadth, true, 3, 4},
            {RoundKind::Depth, true, 2, 8},
            {RoundKind::SystemDesign, true, 1, 25},
            {RoundKind::Coding, true, 1, 20},
            {RoundKind::Behavioural, true, 2, 6}};
}

QString MockLoop::title(RoundKind kind)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("MockLoop", text); };
    switch (kind) {
    case RoundKind::Breadth: return tr("ML breadth");
    case RoundKind::Depth: return tr("ML depth");
    case RoundKind::SystemDesign: return tr("ML system design");
    case RoundKind::Coding: return tr("Coding");
    case RoundKind::Behavioural: return tr("Behavioural / Bar Raiser");
    }
    return {};
}

QString MockLoop::id(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Breadth: return QStringLiteral("breadth");
    case RoundKind::Depth: return QStringLiteral("depth");
    case RoundKind::SystemDesign: return QStringLiteral("system-design");
    case RoundKind::Coding: return QStringLiteral("coding");
    case RoundKind::Behavioural: return QStringLiteral("behavioural");
    }
    return {};
}

std::optional<RoundKind> MockLoop::fromId(const QString &text)
{
    for (RoundKind kind : allRounds())
        if (id(kind) == text)
            return kind;
    return std::nullopt;
}

QStringList MockLoop::categories(RoundKind kind)
{
    switch (kind) {
    case RoundKind::Breadth:
        return {QStringLiteral("fundamentals"), QStringLiteral("algorithms"), QStringLiteral("math"),
                QStringLiteral("genai")};
    case RoundKind::Depth: return {QStringLiteral("algorithms"), QStringLiteral("genai"), QStringLiteral("math")};
    case RoundKind::SystemDesign: return {QStringLiteral("system-design")};
    case RoundKind::Coding: return {QStringLiteral("coding")};
    case RoundKind::Behavioural: return {QStringLiteral("behavioral")};
    }
    return {};
}

QStringList MockLoop::rubric()
{
    auto tr = [](const char *text) { return QCoreApplication::translate("MockLoop", text); };
    return {tr("Correctness"), tr("Structure"), tr("Communication"), tr("Depth")};
}

bool MockLoop::fits(RoundKind kind, const Question &question)
{
    if (!categories(kind).contains(question.category))
        return false;
    // Depth rounds dig: easy questions belong to breadth.
    return kind != RoundKind::Depth || question.difficulty != Difficulty::Easy;
}

MockReport MockLoop::draw(const QuestionBank &bank, const QList<MockRoundPlan> &plan, quint64 seed, qint64 nowMs)
{
    MockReport report;
    report.startedMs = nowMs;
    report.id = QDateTime::fromMSecsSinceEpoch(nowMs).toString(Qt::ISODateWithMs);
    std::mt19937_64 random(seed);
    QSet<QString> used;
    for (const MockRoundPlan &roundPlan : plan) {
        if (!roundPlan.enabled)
            continue;
        MockRound round;
        round.kind = roundPlan.kind;
        round.minutesPerQuestion = std::clamp(roundPlan.minutesPerQuestion, 1, 120);
        std::vector<const Question *> candidates;
        for (const Question &question : bank.questions())
            if (fits(roundPlan.kind, question) && !used.contains(question.id))
                candidates.push_back(&question);
        std::shuffle(candidates.begin(), candidates.end(), random);
        const auto count = std::min<std::size_t>(candidates.size(), std::size_t(std::clamp(roundPlan.questionCount, 0, 20)));
        for (std::size_t i = 0; i < count; ++i) {
            round.questionIds << candidates[i]->id;
            used.insert(candidates[i]->id);
        }
        report.rounds.push_back(std::move(round));
    }
    return report;
}

} // namespace loopcraft
