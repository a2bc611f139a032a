// Any bytes as an Anki "Notes in Plain Text" import: questions or problems, never a crash.
#include "library/deckexchange.h"

#include <QSet>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QList<loopcraft::LoadProblem> problems;
    const QSet<QString> taken{QStringLiteral("fundamentals.overfitting")};
    const auto questions = loopcraft::DeckExchange::fromAnkiText(bytes, QStringLiteral("fuzz.txt"),
                                                                 QStringLiteral("fundamentals"), taken, problems);
    QSet<QString> ids;
    for (const auto &question : questions) {
        if (question.id.isEmpty() || taken.contains(question.id) || ids.contains(question.id))
            __builtin_trap(); // imported ids must be new and unique
        ids.insert(question.id);
    }
    return 0;
}
