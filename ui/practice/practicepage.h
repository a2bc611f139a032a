#pragma once

#include "page.h"

namespace loopcraft {

class Navigator;
struct Services;

// The Practice room.
class PracticePage : public Page {
    Q_OBJECT
public:
    PracticePage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
};

} // namespace loopcraft
