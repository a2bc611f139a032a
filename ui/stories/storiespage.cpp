#include "storiespage.h"

#include "widgets/placeholderpanel.h"

#include <QVBoxLayout>

namespace loopcraft {

StoriesPage::StoriesPage(Services &, Navigator *, QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlaceholderPanel(tr("Stories"), tr("The STAR story bank arrives with the Stories issue."), this));
}

} // namespace loopcraft
