#pragma once

#include "concepts/conceptresult.h"
#include "concepts/parameterspec.h"

#include <memory>
#include <string>

namespace loopcraft::concepts {

// One concept's computation: parameters in, series and metrics out. The page's view and the
// command line's renderer both go through this, so what is drawn and what is exported agree.
class ConceptModel {
public:
    virtual ~ConceptModel() = default;
    virtual const ConceptSpec &spec() const = 0;
    // Values are validated against spec() first; missing ones take their defaults.
    virtual ConceptResult compute(const ParamMap &values) const = 0;
};

// The model behind a concept id, or null for an unknown id. The only list of concepts outside
// parameterspec.cpp: a fourth concept adds a model here and a view in the ui registry.
std::unique_ptr<ConceptModel> createConceptModel(const std::string &id);

} // namespace loopcraft::concepts
