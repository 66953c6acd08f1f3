#pragma once
// Tukey fences as the notebook's iqr_out(): values beyond 1.5 IQR from the pandas quartiles.
#include <span>
#include <vector>

namespace loadscope::stats {

// Q1 - 1.5 IQR and Q3 + 1.5 IQR (quartiles: pandas linear quantile). A NaN is never an outlier.
struct IqrFences {
    double low, high;
    bool isOutlier(double v) const { return v < low || v > high; }
};
// The fences of values already sorted ascending, NaNs last.
IqrFences iqrFencesOfSorted(std::span<const double> sorted);

// true for each value below Q1 - 1.5 IQR or above Q3 + 1.5 IQR.
std::vector<bool> iqrOutlierMask(std::span<const double> values);

// The values that are not outliers, in their original order.
std::vector<double> withoutOutliers(std::span<const double> values, const std::vector<bool>& outlierMask);

} // namespace loadscope::stats
