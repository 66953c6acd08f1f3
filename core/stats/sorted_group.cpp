#include "core/stats/sorted_group.h"

#include "core/stats/numpy_compatible.h"

#include <limits>

namespace loadscope::stats {

SortedGroup::SortedGroup(std::span<const double> values) : values_(values), sorted_(sortedNaNLast(values)) {}

double SortedGroup::median() const
{
    const std::size_t n = sorted_.size();
    if (n == 0 || hasNaN())
        return std::numeric_limits<double>::quiet_NaN();
    if (n % 2 == 1)
        return sorted_[n / 2];
    return (sorted_[n / 2 - 1] + sorted_[n / 2]) / 2.0;
}

} // namespace loadscope::stats
