#pragma once

#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace loopcraft::concepts {

// A parameter value as questions, the command line and the sliders give it.
using ParamValue = std::variant<double, std::string>;
using ParamMap = std::map<std::string, ParamValue>;

// One parameter of a concept: its name, kind, range, default and (for choices) allowed strings.
// The Concepts page builds its controls from these and the command line and the question
// loader validate against them, so the three can never disagree.
struct ParameterSpec {
    enum class Kind { Integer, Real, Choice };

    std::string name;
    Kind kind = Kind::Real;
    double minimum = 0.0;
    double maximum = 1.0;
    double defaultValue = 0.0;
    std::string defaultChoice;
    std::vector<std::string> choices;
    bool logScale = false;      // sliders move in log10; 0 is still allowed when minimum is 0
    double logFloor = 0.0;      // the smallest non-zero value a log slider reaches
    std::string label;          // English label; the ui translates its own

    ParamValue defaultParam() const;
    // An error message, or nothing when the value fits this spec.
    std::optional<std::string> check(const ParamValue &value) const;
    // Reads "12", "0.3", "1e-3" or a choice name.
    std::optional<ParamValue> parse(const std::string &text, std::string *error = nullptr) const;
    std::string describeRange() const;  // "0–20 (integer)", "one of cos, sin, cubic"
};

// A concept page's identity and parameters.
struct ConceptSpec {
    std::string id;     // "overfitting", ...
    std::string title;  // English title
    std::vector<ParameterSpec> parameters;

    const ParameterSpec *find(const std::string &name) const;
    // Defaults overlaid with the given values (which must already be valid).
    ParamMap resolve(const ParamMap &values) const;
    std::string parameterNames() const;  // "degree, samples, ..."
};

// Every concept the app knows, in display order.
const std::vector<ConceptSpec> &conceptSpecs();
const ConceptSpec *findConceptSpec(const std::string &id);
std::string conceptIds();  // "overfitting, bias-variance, gradient-descent"

// Nothing when `values` are all known names with valid values for `page`; otherwise a message
// that names the offending parameter and lists the valid names or values. Used by the question
// loader (question `concept.params`), the command line and the page.
std::optional<std::string> validateConceptParams(const std::string &page, const ParamMap &values);

// Typed reads of a resolved map.
double numberParam(const ParamMap &values, const std::string &name);
int integerParam(const ParamMap &values, const std::string &name);
std::string choiceParam(const ParamMap &values, const std::string &name);

} // namespace loopcraft::concepts
