#include "core/stats/sorted_group.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope::stats {

SortedGroup::SortedGroup(std::span<const double> values) : values_(values)
{
    // (value, index) pairs of the numbers sorted by value alone (as sortedNaNLast: NaNs set aside, then a plain
    // sort), then the NaNs in input order.
    std::vector<std::pair<double, std::size_t>> pairs;
    pairs.reserve(values.size());
    std::vector<std::size_t> nans;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            nans.push_back(i);
        else
            pairs.emplace_back(values[i], i);
    }
    std::sort(pairs.begin(), pairs.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    sorted_.reserve(values.size());
    order_.reserve(values.size());
    for (const auto& [value, index] : pairs) {
        sorted_.push_back(value);
        order_.push_back(index);
    }
    for (std::size_t index : nans) {
        sorted_.push_back(values[index]);
        order_.push_back(index);
    }
}

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
