#include "core/stats/box_statistics.h"

#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

std::optional<BoxStatistics> boxStatistics(std::span<const double> values)
{
    if (values.empty() || std::any_of(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }))
        return std::nullopt;
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    BoxStatistics box;
    box.n = sorted.size();
    box.q1 = stats::quantileLinearSorted(sorted, 0.25);
    box.median = stats::quantileLinearSorted(sorted, 0.5);
    box.q3 = stats::quantileLinearSorted(sorted, 0.75);
    const double reach = 1.5 * (box.q3 - box.q1);
    box.lowerWhisker = box.q1;
    box.upperWhisker = box.q3;
    for (double v : sorted) {
        if (v < box.q1 - reach || v > box.q3 + reach)
            box.outliers.push_back(v);
        else {
            box.lowerWhisker = std::min(box.lowerWhisker, v);
            box.upperWhisker = std::max(box.upperWhisker, v);
        }
    }
    return box;
}

} // namespace loadscope
