#pragma once

#include "concepts/conceptmodel.h"
#include "concepts/optimizer.h"
#include "concepts/surface.h"

#include <vector>

namespace loopcraft::concepts {

// Gradient descent: optimizers walking a 2-D surface from a start point. Series: path
// ([x, y, loss] per step, start included) for the chosen optimizer, path_<id> for each compared
// one, loss ([step, loss − minimum]). Metrics: final_loss, steps_run, diverged (0/1),
// diverged_at (step or −1), and the plot domain (x_min, x_max, y_min, y_max).
class GradientDescentModel : public ConceptModel {
public:
    const ConceptSpec &spec() const override;
    ConceptResult compute(const ParamMap &values) const override;
    // Also runs the listed optimizers (compare mode) with the same learning rate and start.
    ConceptResult compute(const ParamMap &values, const std::vector<OptimizerKind> &compared) const;

    static Surface surfaceOf(const ParamMap &resolved);
    // The surface's own region grown to include the start point.
    static Surface::Domain plotDomain(const ParamMap &resolved);
};

} // namespace loopcraft::concepts
