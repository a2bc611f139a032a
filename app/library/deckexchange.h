#pragma once

#include "loadproblem.h"
#include "question.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QString>
#include <vector>

namespace loopcraft {

// Moves questions in and out of Loopcraft: deck JSON (the content format, round-trips exactly
// through QuestionBank::parseDeck) and Anki's "Notes in Plain Text" (front, back, tags; one
// note per line, tab-separated, HTML in fields), both ways.
class DeckExchange {
public:
    enum class WriteResult { Written, Exists, Failed };

    static QByteArray toDeckJson(const std::vector<const Question *> &questions, const QString &deckName);
    static QByteArray toAnkiText(const std::vector<const Question *> &questions);

    // Reads Anki plain text. Ids are made from the front ("<category>.<slug>"), unique against
    // takenIds and each other; each unusable line becomes a problem and is skipped.
    static std::vector<Question> fromAnkiText(const QByteArray &bytes, const QString &fileLabel,
                                              const QString &category, const QSet<QString> &takenIds,
                                              QList<LoadProblem> &problems);

    // "My Deck (2).txt" -> "my-deck-2": a safe deck file name without extension.
    static QString deckFileStem(const QString &name);
    // Lowercase letters, digits and '-' only; empty when nothing usable is left.
    static QString slug(const QString &text, int maxLength = 48);

    // Writes <decksDirectory>/<stem>.json atomically. An existing file is only replaced when
    // overwrite is true; otherwise Exists is returned and nothing is touched.
    static WriteResult writeUserDeck(const QString &decksDirectory, const QString &stem,
                                     const QByteArray &bytes, bool overwrite, QString *error = nullptr);
    // The first "<stem>", "<stem>-2", ... that has no file yet.
    static QString freeDeckStem(const QString &decksDirectory, const QString &stem);
};

} // namespace loopcraft
