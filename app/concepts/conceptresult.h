#pragma once

#include "concepts/parameterspec.h"

#include <cstddef>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace loopcraft::concepts {

// A table of rows with a fixed number of columns ([x, y] or [x, y, loss]), stored flat so a
// 5000-step path is one allocation.
struct Series {
    int columns = 2;
    std::vector<double> data;

    std::size_t rows() const { return columns > 0 ? data.size() / static_cast<std::size_t>(columns) : 0; }
    double at(std::size_t row, int column) const { return data[row * static_cast<std::size_t>(columns) + static_cast<std::size_t>(column)]; }
    void add(std::initializer_list<double> row) { data.insert(data.end(), row.begin(), row.end()); }
};

// What a concept model computes from its parameters: the charts' series, the headline numbers
// and short machine-readable notes (e.g. the fit verdict) that the ui words for people.
struct ConceptResult {
    ParamMap params;                         // resolved: every parameter, defaults filled in
    std::map<std::string, double> metrics;
    std::map<std::string, Series> series;
    std::map<std::string, std::string> notes;
};

} // namespace loopcraft::concepts
