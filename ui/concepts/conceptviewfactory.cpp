#include "conceptviewfactory.h"

#include "biasvarianceview.h"
#include "concepts/parameterspec.h"
#include "gradientdescentview.h"
#include "overfittingview.h"

namespace loopcraft {

QStringList ConceptViewFactory::ids()
{
    QStringList list;
    for (const auto &spec : concepts::conceptSpecs())
        list << QString::fromStdString(spec.id);
    return list;
}

QString ConceptViewFactory::title(const QString &id)
{
    if (id == QLatin1String("overfitting"))
        return tr("Overfitting");
    if (id == QLatin1String("bias-variance"))
        return tr("Bias–variance");
    if (id == QLatin1String("gradient-descent"))
        return tr("Gradient descent");
    return id;
}

ConceptView *ConceptViewFactory::create(const QString &id, QWidget *parent)
{
    ConceptView *view = nullptr;
    if (id == QLatin1String("overfitting"))
        view = new OverfittingView(parent);
    else if (id == QLatin1String("bias-variance"))
        view = new BiasVarianceView(parent);
    else if (id == QLatin1String("gradient-descent"))
        view = new GradientDescentView(parent);
    if (view) {
        view->setSummaryText(view->summary());
        view->setTipsText(view->tips());
    }
    return view;
}

} // namespace loopcraft
