#include "core/stats/outliers.h"

#include "core/stats/numpy_compatible.h"

#include <algorithm>

namespace loadscope::stats {

std::vector<bool> iqrOutlierMask(std::span<const double> values)
{
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end(), lessNaNLast);
    const double q1 = quantileLinearSorted(sorted, 0.25);
    const double q3 = quantileLinearSorted(sorted, 0.75);
    const double iqr = q3 - q1;
    const double low = q1 - 1.5 * iqr;
    const double high = q3 + 1.5 * iqr;
    std::vector<bool> mask(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        mask[i] = values[i] < low || values[i] > high;
    return mask;
}

std::vector<double> withoutOutliers(std::span<const double> values, const std::vector<bool>& outlierMask)
{
    std::vector<double> kept;
    kept.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        if (!outlierMask[i])
            kept.push_back(values[i]);
    return kept;
}

} // namespace loadscope::stats
