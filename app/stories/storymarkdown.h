#pragma once

#include "story.h"

#include <QList>
#include <QString>

namespace loopcraft {

class PrincipleCatalogue;

// Markdown for one story or a whole bank, for export and for the PDF (QTextDocument::setMarkdown).
class StoryMarkdown {
public:
    struct Options {
        bool includeNotes = false; // private notes stay private unless asked for
        int headingLevel = 1;      // of the story's title
    };

    static QString story(const Story &story, const PrincipleCatalogue *principles, const Options &options);
    static QString story(const Story &story, const PrincipleCatalogue *principles)
    {
        return StoryMarkdown::story(story, principles, Options{});
    }
    static QString bank(const QList<const Story *> &stories, const PrincipleCatalogue *principles,
                        const Options &options);
    static QString bank(const QList<const Story *> &stories, const PrincipleCatalogue *principles)
    {
        return StoryMarkdown::bank(stories, principles, Options{});
    }
    // Plain text as Markdown that reads back as the same text: special characters escaped,
    // line breaks kept.
    static QString escape(const QString &plainText);
};

} // namespace loopcraft
