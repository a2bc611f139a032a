#include "conceptspage.h"

#include "widgets/placeholderpanel.h"

#include <QVBoxLayout>

namespace loopcraft {

ConceptsPage::ConceptsPage(Services &, Navigator *, QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlaceholderPanel(tr("Concepts"), tr("Live overfitting, bias–variance and gradient-descent charts arrive with the Concepts issue."), this));
}

} // namespace loopcraft
