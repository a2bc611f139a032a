#include "story.h"

#include <QCoreApplication>
#include <QUuid>

namespace loopcraft {

bool Story::sameContent(const Story &other) const
{
    return id == other.id && title == other.title && sections == other.sections &&
           principles == other.principles && tags == other.tags && role == other.role && team == other.team &&
           year == other.year && notes == other.notes;
}

QString Story::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Story::sectionId(Section which)
{
    switch (which) {
    case Section::Situation:
        return QStringLiteral("situation");
    case Section::Task:
        return QStringLiteral("task");
    case Section::Action:
        return QStringLiteral("action");
    case Section::Result:
        return QStringLiteral("result");
    }
    return {};
}

QString Story::sectionTitle(Section which)
{
    switch (which) {
    case Section::Situation:
        return QCoreApplication::translate("Story", "Situation");
    case Section::Task:
        return QCoreApplication::translate("Story", "Task");
    case Section::Action:
        return QCoreApplication::translate("Story", "Action");
    case Section::Result:
        return QCoreApplication::translate("Story", "Result");
    }
    return {};
}

QString Story::sectionGuidance(Section which)
{
    switch (which) {
    case Section::Situation:
        return QCoreApplication::translate("Story",
                                           "Where and when? Set the scene in two or three sentences: the "
                                           "team, the product, what was at stake.");
    case Section::Task:
        return QCoreApplication::translate("Story",
                                           "What was your responsibility or goal? Say what you owned, "
                                           "not what the team did.");
    case Section::Action:
        return QCoreApplication::translate("Story",
                                           "What did you do, step by step? Use \"I\", name the decisions, "
                                           "the trade-offs and the obstacles. Most of the story goes here.");
    case Section::Result:
        return QCoreApplication::translate("Story",
                                           "What happened? Give a number (%, time, money, users) and what "
                                           "you learned.");
    }
    return {};
}

} // namespace loopcraft
