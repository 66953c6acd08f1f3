#pragma once
// The box of a box plot, as matplotlib / seaborn draw it for the notebook's comparisons.
#include <cstddef>
#include <optional>
#include <span>
#include <vector>

namespace loadscope {

// Tukey box: quartiles by linear interpolation (numpy.percentile / pandas quantile); whiskers at the most
// extreme values within 1.5 IQR of the box; values beyond them are outliers.
struct BoxStatistics {
    std::size_t n = 0;
    double lowerWhisker = 0, q1 = 0, median = 0, q3 = 0, upperWhisker = 0;
    std::vector<double> outliers;
};
std::optional<BoxStatistics> boxStatistics(std::span<const double> values); // nullopt when empty or non-finite

} // namespace loadscope
