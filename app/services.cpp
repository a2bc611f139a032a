#include "services.h"

namespace loopcraft {

void Services::load()
{
    QString error;
    if (!data.ensureExists(&error))
        startupMessages << error;
    questions.loadShipped();
    questions.loadUserDecks(data.decksPath());
    principles.loadShipped();
    reviews.load();
    startupMessages << reviews.loadMessages();
    studyState = &reviews;
    if (const QString message = library.load(data.filePath(LibraryStore::fileName())); !message.isEmpty())
        startupMessages << message;
    principles.useStandardNamesIfEmpty();

    stories = StoryBank(data.filePath(QStringLiteral("stories.json")));
    storiesLoad = stories.load();
    if (!storiesLoad.ok())
        startupMessages << storiesLoad.message;
    storyDirectory = &stories;
}

} // namespace loopcraft
