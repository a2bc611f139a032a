#pragma once

#include "page.h"

#include <QVariantMap>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace loopcraft {

class ConceptView;
class Navigator;
struct Services;

// The Concepts room: one tab per concept (Alt+1…), each a live model/view pair, with reset,
// new seed and export for the one in front. Opens a concept with a question's preset on request.
class ConceptsPage : public Page {
    Q_OBJECT
public:
    ConceptsPage(Services &services, Navigator *navigator, QWidget *parent = nullptr);

    // Views are built on first use, so these may create one.
    ConceptView *currentView() const;
    ConceptView *view(const QString &conceptId) const;
    void buildDeferred() override;
    // Shows a concept with a preset; refused values are reported on the status bar.
    void openConcept(const QString &conceptId, const QVariantMap &params);

private:
    ConceptView *viewAt(int index) const;
    void exportCurrent();

    Navigator *m_navigator;
    QTabWidget *m_tabs;
    QStringList m_ids; // concept id per tab
};

} // namespace loopcraft
