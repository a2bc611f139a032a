#include "concepts/parameterspec.h"

#include "concepts/optimizer.h"
#include "concepts/surface.h"
#include "concepts/targetfunction.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>

namespace loopcraft::concepts {

namespace {

std::string join(const std::vector<std::string> &items)
{
    std::string text;
    for (const auto &item : items) {
        if (!text.empty())
            text += ", ";
        text += item;
    }
    return text;
}

std::string formatNumber(double value)
{
    std::ostringstream stream;
    stream << value;
    return stream.str();
}

ParameterSpec integer(std::string name, double minimum, double maximum, double value, std::string label)
{
    ParameterSpec spec;
    spec.name = std::move(name);
    spec.kind = ParameterSpec::Kind::Integer;
    spec.minimum = minimum;
    spec.maximum = maximum;
    spec.defaultValue = value;
    spec.label = std::move(label);
    return spec;
}

ParameterSpec real(std::string name, double minimum, double maximum, double value, std::string label,
                   double logFloor = 0.0)
{
    ParameterSpec spec = integer(std::move(name), minimum, maximum, value, std::move(label));
    spec.kind = ParameterSpec::Kind::Real;
    spec.logScale = logFloor > 0.0;
    spec.logFloor = logFloor;
    return spec;
}

ParameterSpec choice(std::string name, std::vector<std::string> choices, std::string value, std::string label)
{
    ParameterSpec spec;
    spec.name = std::move(name);
    spec.kind = ParameterSpec::Kind::Choice;
    spec.choices = std::move(choices);
    spec.defaultChoice = std::move(value);
    spec.label = std::move(label);
    return spec;
}

constexpr double kMaxSeed = 4294967295.0;

} // namespace

ParamValue ParameterSpec::defaultParam() const
{
    if (kind == Kind::Choice)
        return defaultChoice;
    return defaultValue;
}

std::string ParameterSpec::describeRange() const
{
    switch (kind) {
    case Kind::Choice:
        return "one of " + join(choices);
    case Kind::Integer:
        return "an integer " + formatNumber(minimum) + "–" + formatNumber(maximum);
    case Kind::Real:
        return "a number " + formatNumber(minimum) + "–" + formatNumber(maximum);
    }
    return {};
}

std::optional<std::string> ParameterSpec::check(const ParamValue &value) const
{
    if (kind == Kind::Choice) {
        const auto *text = std::get_if<std::string>(&value);
        if (!text)
            return "\"" + name + "\" expects " + describeRange();
        if (std::find(choices.begin(), choices.end(), *text) == choices.end())
            return "unknown " + name + " \"" + *text + "\"; expected " + describeRange();
        return std::nullopt;
    }
    const auto *number = std::get_if<double>(&value);
    if (!number)
        return "\"" + name + "\" expects " + describeRange() + ", found \"" + std::get<std::string>(value) + "\"";
    if (!std::isfinite(*number) || *number < minimum || *number > maximum ||
        (kind == Kind::Integer && std::floor(*number) != *number))
        return "\"" + name + "\" is " + formatNumber(*number) + "; expected " + describeRange();
    return std::nullopt;
}

std::optional<ParamValue> ParameterSpec::parse(const std::string &text, std::string *error) const
{
    ParamValue value;
    if (kind == Kind::Choice) {
        value = text;
    } else {
        double number = 0.0;
        const char *end = text.data() + text.size();
        const auto result = std::from_chars(text.data(), end, number);
        if (text.empty() || result.ec != std::errc() || result.ptr != end) {
            if (error)
                *error = "\"" + name + "\" expects " + describeRange() + ", found \"" + text + "\"";
            return std::nullopt;
        }
        value = number;
    }
    if (auto problem = check(value)) {
        if (error)
            *error = *problem;
        return std::nullopt;
    }
    return value;
}

const ParameterSpec *ConceptSpec::find(const std::string &name) const
{
    for (const auto &parameter : parameters)
        if (parameter.name == name)
            return &parameter;
    return nullptr;
}

ParamMap ConceptSpec::resolve(const ParamMap &values) const
{
    ParamMap resolved;
    for (const auto &parameter : parameters) {
        const auto it = values.find(parameter.name);
        resolved[parameter.name] = it != values.end() && !parameter.check(it->second) ? it->second
                                                                                        : parameter.defaultParam();
    }
    return resolved;
}

std::string ConceptSpec::parameterNames() const
{
    std::vector<std::string> names;
    for (const auto &parameter : parameters)
        names.push_back(parameter.name);
    return join(names);
}

const std::vector<ConceptSpec> &conceptSpecs()
{
    static const std::vector<ConceptSpec> specs = [] {
        const ParameterSpec seed = integer("seed", 0, kMaxSeed, 1, "Seed");
        const ParameterSpec function = choice("function", targetFunctionIds(), "cos", "Function");
        std::vector<ConceptSpec> list;
        list.push_back({"overfitting",
                        "Overfitting",
                        {integer("degree", 0, 20, 4, "Degree"), integer("samples", 5, 200, 30, "Samples"),
                         real("noise", 0, 1, 0.1, "Noise σ"), real("lambda", 0, 100, 0, "λ (L2)", 1e-8),
                         function, seed}});
        list.push_back({"bias-variance",
                        "Bias–variance",
                        {integer("datasets", 2, 500, 100, "Datasets L"), integer("samples", 5, 200, 30, "Samples"),
                         real("noise", 0, 1, 0.3, "Noise σ"), integer("degree", 0, 20, 4, "Degree"),
                         real("lambda", 0, 100, 0, "λ (L2)", 1e-8), function, seed}});
        list.push_back({"gradient-descent",
                        "Gradient descent",
                        {choice("surface", Surface::ids(), "rosenbrock", "Surface"),
                         choice("optimizer", optimizerIds(), "momentum", "Optimizer"),
                         real("lr", 1e-5, 10, 1e-3, "Learning rate", 1e-5), real("momentum", 0, 0.999, 0.9, "Momentum β"),
                         integer("steps", 1, 5000, 500, "Steps"), real("x0", -5, 5, -1.5, "Start x"),
                         real("y0", -5, 5, 2, "Start y"), real("condition", 1, 100, 10, "Condition κ")}});
        return list;
    }();
    return specs;
}

const ConceptSpec *findConceptSpec(const std::string &id)
{
    for (const auto &spec : conceptSpecs())
        if (spec.id == id)
            return &spec;
    return nullptr;
}

std::string conceptIds()
{
    std::vector<std::string> ids;
    for (const auto &spec : conceptSpecs())
        ids.push_back(spec.id);
    return join(ids);
}

std::optional<std::string> validateConceptParams(const std::string &page, const ParamMap &values)
{
    const ConceptSpec *spec = findConceptSpec(page);
    if (!spec)
        return "unknown concept \"" + page + "\"; expected one of " + conceptIds();
    for (const auto &[name, value] : values) {
        const ParameterSpec *parameter = spec->find(name);
        if (!parameter)
            return "unknown parameter \"" + name + "\" for " + page + "; valid names: " + spec->parameterNames();
        if (auto problem = parameter->check(value))
            return problem;
    }
    return std::nullopt;
}

double numberParam(const ParamMap &values, const std::string &name)
{
    const auto it = values.find(name);
    if (it == values.end())
        return 0.0;
    const auto *number = std::get_if<double>(&it->second);
    return number ? *number : 0.0;
}

int integerParam(const ParamMap &values, const std::string &name)
{
    return static_cast<int>(std::lround(numberParam(values, name)));
}

std::string choiceParam(const ParamMap &values, const std::string &name)
{
    const auto it = values.find(name);
    if (it == values.end())
        return {};
    const auto *text = std::get_if<std::string>(&it->second);
    return text ? *text : std::string();
}

} // namespace loopcraft::concepts
