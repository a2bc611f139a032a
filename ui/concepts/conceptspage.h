#pragma once

#include "page.h"

namespace loopcraft {

class Navigator;
struct Services;

// The Concepts room.
class ConceptsPage : public Page {
    Q_OBJECT
public:
    ConceptsPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);
};

} // namespace loopcraft
