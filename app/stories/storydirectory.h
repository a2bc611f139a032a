#pragma once

#include <QList>
#include <QString>

namespace loopcraft {

// A story as other rooms list it: enough to show a title and link to it.
struct StorySummary {
    QString id;
    QString title;
    QStringList principles;
};

// Read access to the user's stories for the Library (a behavioural question shows the stories
// tagged with its principles) and the mock interview. The Stories room's story bank provides it.
class StoryDirectory {
public:
    virtual ~StoryDirectory() = default;
    virtual QList<StorySummary> storiesForPrinciple(const QString &principleId) const = 0;
};

} // namespace loopcraft
