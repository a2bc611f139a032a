#pragma once

#include "page.h"

namespace loopcraft {

class Navigator;
struct Services;

// The Library room.
class LibraryPage : public Page {
    Q_OBJECT
public:
    LibraryPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
};

} // namespace loopcraft
