#include "reviewcard.h"

namespace loopcraft {

QString cardStateId(CardState state)
{
    switch (state) {
    case CardState::New: return QStringLiteral("new");
    case CardState::Learning: return QStringLiteral("learning");
    case CardState::Review: return QStringLiteral("review");
    case CardState::Relearning: return QStringLiteral("relearning");
    }
    return {};
}

std::optional<CardState> cardStateFromId(const QString &id)
{
    for (CardState state : {CardState::New, CardState::Learning, CardState::Review, CardState::Relearning})
        if (cardStateId(state) == id)
            return state;
    return std::nullopt;
}

std::optional<Rating> ratingFromInt(long long value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return static_cast<Rating>(value);
}

} // namespace loopcraft
