#include "question.h"

#include <QCoreApplication>

namespace loopcraft {

QString difficultyId(Difficulty difficulty)
{
    switch (difficulty) {
    case Difficulty::Easy: return QStringLiteral("easy");
    case Difficulty::Medium: return QStringLiteral("medium");
    case Difficulty::Hard: return QStringLiteral("hard");
    }
    return {};
}

std::optional<Difficulty> difficultyFromId(const QString &id)
{
    if (id == QLatin1String("easy"))
        return Difficulty::Easy;
    if (id == QLatin1String("medium"))
        return Difficulty::Medium;
    if (id == QLatin1String("hard"))
        return Difficulty::Hard;
    return std::nullopt;
}

QStringList knownCategories()
{
    return {QStringLiteral("fundamentals"), QStringLiteral("algorithms"), QStringLiteral("system-design"),
            QStringLiteral("coding"),       QStringLiteral("math"),       QStringLiteral("genai"),
            QStringLiteral("behavioral"),   QStringLiteral("process")};
}

QString categoryTitle(const QString &categoryId)
{
    static const struct {
        const char *id;
        const char *title;
    } titles[] = {
        {"fundamentals", QT_TRANSLATE_NOOP("Category", "Fundamentals")},
        {"algorithms", QT_TRANSLATE_NOOP("Category", "Algorithms")},
        {"system-design", QT_TRANSLATE_NOOP("Category", "ML System Design")},
        {"coding", QT_TRANSLATE_NOOP("Category", "Coding & SQL")},
        {"math", QT_TRANSLATE_NOOP("Category", "Math")},
        {"genai", QT_TRANSLATE_NOOP("Category", "Generative AI")},
        {"behavioral", QT_TRANSLATE_NOOP("Category", "Behavioral")},
        {"process", QT_TRANSLATE_NOOP("Category", "The Interview")},
    };
    for (const auto &entry : titles)
        if (categoryId == QLatin1String(entry.id))
            return QCoreApplication::translate("Category", entry.title);
    return categoryId;
}

} // namespace loopcraft
