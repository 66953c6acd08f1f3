#pragma once
// One group of a comparison, sorted once: its values in input order (for the order-dependent sums) and the same
// values ascending with NaNs last (NumPy's order), shared by the median, the IQR fences, the ranks, KS,
// Anderson-Darling and Shapiro-Wilk instead of each sorting its own copy.
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

namespace loadscope::stats {

class SortedGroup {
public:
    // Sorts a copy of values (sortedNaNLast). values must outlive the group.
    explicit SortedGroup(std::span<const double> values);

    std::span<const double> values() const { return values_; } // input order
    std::span<const double> sorted() const { return sorted_; } // ascending, NaNs last
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
        for (double v : values_)
            if (keep(v))
                kept.push_back(v);
        std::vector<double> sorted;
        sorted.reserve(kept.size());
        for (double v : sorted_)
            if (keep(v))
                sorted.push_back(v);
        return SortedGroup(kept, std::move(sorted));
    }

private:
    SortedGroup(std::span<const double> values, std::vector<double> sorted)
        : values_(values), sorted_(std::move(sorted))
    {
    }

    std::span<const double> values_;
    std::vector<double> sorted_;
};

} // namespace loadscope::stats
