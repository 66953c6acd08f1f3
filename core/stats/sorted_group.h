#pragma once
// One group of a comparison, sorted once: its values in input order (for the order-dependent sums) and the same
// values ascending with NaNs last (NumPy's order) with the input index of each, shared by the median, the IQR
// fences, the ranks, KS, Anderson-Darling, Shapiro-Wilk and Fligner-Killeen instead of each sorting its own copy.
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace loadscope::stats {

class SortedGroup {
public:
    // Sorts a copy of values in NumPy's order (as sortedNaNLast). values must outlive the group.
    explicit SortedGroup(std::span<const double> values);

    std::span<const double> values() const { return values_; } // input order
    std::span<const double> sorted() const { return sorted_; } // ascending, NaNs last
    // order()[k]: the input index of sorted()[k] (NaNs in input order; the order among equal values is free).
    std::span<const std::size_t> order() const { return order_; }
    std::size_t size() const { return values_.size(); }
    bool empty() const { return values_.empty(); }
    bool hasNaN() const { return !sorted_.empty() && sorted_.back() != sorted_.back(); }
    // numpy.median from the sorted values: NaN when empty or when a value is NaN.
    double median() const;

    // The values `keep` accepts, as a group: kept holds them in input order (filled here, and must outlive the
    // result); the sorted values are filtered, not sorted again.
    template <class Keep>
    SortedGroup filtered(Keep keep, std::vector<double>& kept) const
    {
        kept.clear();
        std::vector<std::size_t> keptIndex(values_.size()); // input index -> index among the kept values
        for (std::size_t i = 0; i < values_.size(); ++i)
            if (keep(values_[i])) {
                keptIndex[i] = kept.size();
                kept.push_back(values_[i]);
            }
        std::vector<double> sorted;
        std::vector<std::size_t> order;
        sorted.reserve(kept.size());
        order.reserve(kept.size());
        for (std::size_t k = 0; k < sorted_.size(); ++k)
            if (keep(sorted_[k])) {
                sorted.push_back(sorted_[k]);
                order.push_back(keptIndex[order_[k]]);
            }
        return SortedGroup(kept, std::move(sorted), std::move(order));
    }

private:
    SortedGroup(std::span<const double> values, std::vector<double> sorted, std::vector<std::size_t> order)
        : values_(values), sorted_(std::move(sorted)), order_(std::move(order))
    {
    }

    std::span<const double> values_;
    std::vector<double> sorted_;
    std::vector<std::size_t> order_;
};

} // namespace loadscope::stats
