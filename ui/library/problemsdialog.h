#pragma once

#include "library/loadproblem.h"

#include <QDialog>
#include <QList>

namespace loopcraft {

// Every problem found while loading decks and principles: file, item, field and what is wrong.
class ProblemsDialog : public QDialog {
    Q_OBJECT
public:
    ProblemsDialog(const QList<LoadProblem> &problems, QWidget *parent = nullptr);
};

} // namespace loopcraft
