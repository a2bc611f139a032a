#pragma once

#include "library/librarystore.h"
#include "library/questionbank.h"
#include "library/studystate.h"
#include "review/reviewstore.h"
#include "storage/datadirectory.h"
#include "stories/principlecatalogue.h"
#include "stories/storybank.h"
#include "stories/storydirectory.h"

#include <QStringList>

namespace loopcraft {

// The domain objects one running app shares between its pages. Built once in main (or a
// test) and passed to the ui layer by reference; it owns everything it holds.
struct Services {
    explicit Services(DataDirectory dataDirectory)
        : data(std::move(dataDirectory)), reviews(data.root())
    {
    }

    // Loads the shipped content and the user's files; problems are collected, never fatal.
    void load();

    DataDirectory data;
    QuestionBank questions;
    PrincipleCatalogue principles;
    // The Library's personal layer: bookmarks and notes (<data-dir>/library.json).
    LibraryStore library;

    // The review store (Practice): card states and review history; also the studyState view.
    ReviewStore reviews;

    // The user's STAR stories (Stories room); also the StoryDirectory other rooms read.
    StoryBank stories;
    StoryBank::LoadReport storiesLoad;  // what loading stories.json found, for the Stories page

    // Views of the stores above for rooms that only read them; null until a room provides one.
    StudyStateProvider *studyState = nullptr;
    StoryDirectory *storyDirectory = nullptr;

    // Sentences for the user about files that failed to load, shown once at start-up.
    QStringList startupMessages;
};

} // namespace loopcraft
