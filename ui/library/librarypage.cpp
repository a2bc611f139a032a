#include "librarypage.h"

#include "widgets/placeholderpanel.h"

#include <QVBoxLayout>

namespace loopcraft {

LibraryPage::LibraryPage(Services &, Navigator *, QWidget *parent) : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PlaceholderPanel(tr("Library"), tr("The question library arrives with the Library issue: browse, search and filter the bank here."), this));
}

} // namespace loopcraft
