#pragma once

#include <QString>

namespace loopcraft {

// One thing wrong with a file the app read: where it is and what is wrong, in words.
struct LoadProblem {
    QString file;       // a label for the file (":/content/..." or a path)
    QString itemId;     // the question or story id, when known
    QString field;      // the field at fault, when known
    QString message;    // what is wrong and what was expected

    QString toString() const;
};

} // namespace loopcraft
