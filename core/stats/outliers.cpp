#include "core/stats/outliers.h"

#include "core/stats/numpy_compatible.h"

namespace loadscope::stats {

IqrFences iqrFencesOfSorted(std::span<const double> sorted)
{
    const double q1 = quantileLinearSorted(sorted, 0.25);
    const double q3 = quantileLinearSorted(sorted, 0.75);
    const double iqr = q3 - q1;
    return {q1 - 1.5 * iqr, q3 + 1.5 * iqr};
}

std::vector<bool> iqrOutlierMask(std::span<const double> values)
{
    const IqrFences fences = iqrFencesOfSorted(sortedNaNLast(values));
    std::vector<bool> mask(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        mask[i] = fences.isOutlier(values[i]);
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
