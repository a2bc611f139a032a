#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace loopcraft {

enum class Difficulty { Easy, Medium, Hard };

QString difficultyId(Difficulty difficulty);                       // "easy", ...
std::optional<Difficulty> difficultyFromId(const QString &id);

// A question's link to a Concepts page with preset parameters.
struct ConceptLink {
    QString page;        // "overfitting", "bias-variance", "gradient-descent"
    QVariantMap params;  // parameter name -> number or string
};

// One interview question with its model answer (content/CONTENT.md describes the fields).
struct Question {
    QString id;
    QString category;
    QString subcategory;
    QString title;
    QString prompt;
    QString answer;      // Markdown
    Difficulty difficulty = Difficulty::Medium;
    QStringList tags;
    QStringList keyPoints;
    QStringList followUps;
    QStringList related;
    QStringList principles;
    std::optional<ConceptLink> conceptLink;
    QString deck;        // the deck it came from, for messages and filters
    bool userDeck = false;
};

// The eight shipped categories, in display order.
QStringList knownCategories();
QString categoryTitle(const QString &categoryId);

} // namespace loopcraft
