#include "practicepage.h"

#include "widgets/placeholderpanel.h"

#include <QVBoxLayout>

namespace loopcraft {

PracticePage::PracticePage(Services &, Navigator *, QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlaceholderPanel(tr("Practice"), tr("Flashcards, mock interviews and statistics arrive with the Practice issue."), this));
}

} // namespace loopcraft
