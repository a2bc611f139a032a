#include "studyscope.h"

#include <QCoreApplication>

namespace loopcraft {

bool StudyScope::matches(const Question &question) const
{
    switch (kind) {
    case Kind::Everything: return true;
    case Kind::Category: return question.category == value;
    case Kind::Tag: return question.tags.contains(value, Qt::CaseInsensitive);
    case Kind::Difficulty: return difficultyId(question.difficulty) == value;
    }
    return false;
}

QString StudyScope::label() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("StudyScope", text); };
    switch (kind) {
    case Kind::Everything: return tr("Everything");
    case Kind::Category: return tr("Category: %1").arg(categoryTitle(value));
    case Kind::Tag: return tr("Tag: %1").arg(value);
    case Kind::Difficulty: return tr("Difficulty: %1").arg(value);
    }
    return {};
}

} // namespace loopcraft
