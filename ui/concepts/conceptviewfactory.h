#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace loopcraft {

class ConceptView;

// The one list of concept views: the page and the command-line renderer create views here by the
// ids of the core's parameter specs, so a fourth concept adds a line here and touches no page.
class ConceptViewFactory {
    Q_DECLARE_TR_FUNCTIONS(ConceptViewFactory)

public:
    static QStringList ids();  // in display order
    static QString title(const QString &id); // translated, for tabs and headings
    static ConceptView *create(const QString &id, QWidget *parent = nullptr);
};

} // namespace loopcraft
