// Any bytes given to the story bank's readers: the JsonStore path (import, migrations) and the
// Qt JSON fast path used to open a healthy stories.json.
#include "stories/storybank.h"
#include "stories/storyinsights.h"

#include <cstdint>
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    loopcraft::StoryBank bank;
    QList<loopcraft::LoadProblem> problems;
    QString error;
    bank.importJson(bytes, QStringLiteral("fuzz.json"), problems, &error);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    loopcraft::StoryBank::storiesFromJson(document.object(), QStringLiteral("fuzz.json"), problems);
    // The text rules must take any text, too.
    loopcraft::StoryInsights::compute(
        std::array<QString, 4>{QString::fromUtf8(bytes), {}, {}, QString::fromUtf8(bytes)});
    for (const loopcraft::Story *story : bank.activeStories())
        loopcraft::StoryInsights::compute(*story);
    return 0;
}
