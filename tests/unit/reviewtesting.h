#pragma once
// Helpers shared by the Practice room's tests: synthetic decks and fixed clocks.

#include "library/questionbank.h"

#include <QDateTime>
#include <nlohmann/json.hpp>

namespace loopcraft::testing {

// A deck of n questions "t.q<i>", cycling through categories, tags and difficulties.
inline QByteArray syntheticDeck(int n, const QStringList &categories = {QStringLiteral("fundamentals")})
{
    nlohmann::json deck{{"schema", 1}, {"deck", "Synthetic"}, {"questions", nlohmann::json::array()}};
    static const char *difficulties[] = {"easy", "medium", "hard"};
    for (int i = 0; i < n; ++i) {
        const std::string category = categories[i % categories.size()].toStdString();
        deck["questions"].push_back({{"id", "t.q" + std::to_string(i)},
                                     {"category", category},
                                     {"title", "Question " + std::to_string(i)},
                                     {"prompt", "What is " + std::to_string(i) + "?"},
                                     {"answer", "**It is** " + std::to_string(i) + "."},
                                     {"key_points", {"first point", "second point"}},
                                     {"difficulty", difficulties[i % 3]},
                                     {"tags", {i % 2 ? "odd" : "even"}}});
    }
    return QByteArray::fromStdString(deck.dump());
}

inline qint64 at(int year, int month, int day, int hour = 9, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

} // namespace loopcraft::testing
