#include "concepts/conceptmodel.h"

#include "concepts/biasvariancemodel.h"
#include "concepts/gradientdescentmodel.h"
#include "concepts/overfittingmodel.h"

namespace loopcraft::concepts {

std::unique_ptr<ConceptModel> createConceptModel(const std::string &id)
{
    if (id == "overfitting")
        return std::make_unique<OverfittingModel>();
    if (id == "bias-variance")
        return std::make_unique<BiasVarianceModel>();
    if (id == "gradient-descent")
        return std::make_unique<GradientDescentModel>();
    return nullptr;
}

} // namespace loopcraft::concepts
