#pragma once
// Tukey fences as the notebook's iqr_out(): values beyond 1.5 IQR from the pandas quartiles.
#include <span>
#include <vector>

namespace loadscope::stats {

// true for each value below Q1 - 1.5 IQR or above Q3 + 1.5 IQR (quartiles: pandas linear quantile).
std::vector<bool> iqrOutlierMask(std::span<const double> values);

// The values that are not outliers, in their original order.
std::vector<double> withoutOutliers(std::span<const double> values, const std::vector<bool>& outlierMask);

} // namespace loadscope::stats
