#pragma once

#include "page.h"

namespace loopcraft {

class Navigator;
struct Services;

// The Stories room.
class StoriesPage : public Page {
    Q_OBJECT
public:
    StoriesPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
};

} // namespace loopcraft
