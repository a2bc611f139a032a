// Any bytes given to the question-deck reader (shipped and user decks share it).
#include "library/questionbank.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    loopcraft::QuestionBank bank;
    bank.addDeck(bytes, QStringLiteral("fuzz.json"), true);
    bank.addDeck(bytes, QStringLiteral("again.json"), true); // duplicates path
    for (const auto &problem : bank.problems())
        if (problem.message.isEmpty())
            __builtin_trap();
    return 0;
}
