#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace loadscope::stats {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr std::size_t kPairwiseBlock = 128; // NumPy's PW_BLOCKSIZE

// Squared deviations from the NumPy mean, in input order (what numpy.var sums).
std::vector<double> squaredDeviations(std::span<const double> values)
{
    const double mean = numpyMean(values);
    std::vector<double> squares(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double d = values[i] - mean;
        squares[i] = d * d;
    }
    return squares;
}

} // namespace

std::vector<double> sortedNaNLast(std::span<const double> values)
{
    std::vector<double> sorted;
    sorted.reserve(values.size());
    std::size_t nans = 0;
    for (double v : values) {
        if (std::isnan(v))
            ++nans;
        else
            sorted.push_back(v);
    }
    // Without NaNs lessNaNLast is plain <, so this orders the rest exactly as sorting with lessNaNLast would.
    std::sort(sorted.begin(), sorted.end());
    sorted.insert(sorted.end(), nans, kNaN);
    return sorted;
}

double pairwiseSum(std::span<const double> a)
{
    const std::size_t n = a.size();
    if (n < 8) {
        double sum = 0.0;
        for (double v : a)
            sum += v;
        return sum;
    }
    if (n <= kPairwiseBlock) {
        double r[8];
        for (std::size_t j = 0; j < 8; ++j)
            r[j] = a[j];
        std::size_t i = 8;
        for (; i < n - (n % 8); i += 8)
            for (std::size_t j = 0; j < 8; ++j)
                r[j] += a[i + j];
        double sum = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i)
            sum += a[i];
        return sum;
    }
    std::size_t half = n / 2;
    half -= half % 8;
    return pairwiseSum(a.first(half)) + pairwiseSum(a.subspan(half));
}

double numpyMean(std::span<const double> values)
{
    if (values.empty())
        return kNaN;
    return pairwiseSum(values) / static_cast<double>(values.size());
}

double numpyVariance(std::span<const double> values, int ddof)
{
    if (values.size() <= static_cast<std::size_t>(std::max(ddof, 0)))
        return kNaN;
    const std::vector<double> squares = squaredDeviations(values);
    return pairwiseSum(squares) / static_cast<double>(static_cast<long long>(values.size()) - ddof);
}

double scipyVariance(std::span<const double> values, int ddof)
{
    if (values.size() <= static_cast<std::size_t>(std::max(ddof, 0)))
        return kNaN;
    const std::vector<double> squares = squaredDeviations(values);
    const double n = static_cast<double>(values.size());
    return numpyMean(squares) * (n / (n - ddof));
}

double pandasMean(std::span<const double> values)
{
    return numpyMean(values);
}

double pandasStd(std::span<const double> values)
{
    if (values.size() < 2)
        return kNaN;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    const double count = static_cast<double>(values.size());
    const double mean = sum / count;
    double squares = 0.0;
    for (double v : values) {
        const double d = v - mean;
        squares += d * d;
    }
    return std::sqrt(squares / (count - 1.0));
}

bool containsNaN(std::span<const double> values)
{
    return std::any_of(values.begin(), values.end(), [](double v) { return std::isnan(v); });
}

double median(std::span<const double> values)
{
    if (values.empty() || containsNaN(values))
        return kNaN;
    const std::vector<double> sorted = sortedNaNLast(values);
    const std::size_t n = sorted.size();
    if (n % 2 == 1)
        return sorted[n / 2];
    return (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double quantileLinearSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty() || containsNaN(sorted))
        return kNaN;
    const std::size_t n = sorted.size();
    const double virtualIndex = static_cast<double>(n - 1) * q;
    if (virtualIndex >= static_cast<double>(n - 1))
        return sorted[n - 1];
    if (virtualIndex < 0)
        return sorted[0];
    const double previousIndex = std::floor(virtualIndex);
    const auto previous = static_cast<std::size_t>(previousIndex);
    const double a = sorted[previous];
    const double b = sorted[previous + 1];
    const double t = virtualIndex - previousIndex;
    // numpy._lerp: interpolate from whichever end is nearer, exactly as NumPy 1.22+ does.
    const double diff = b - a;
    if (t >= 0.5)
        return b - diff * (1.0 - t);
    return a + diff * t;
}

double quantileLinear(std::span<const double> values, double q)
{
    const std::vector<double> sorted = sortedNaNLast(values);
    return quantileLinearSorted(sorted, q);
}

std::vector<double> averageRanks(std::span<const double> values)
{
    // (value, index) pairs sorted by value: ranks depend only on the tie groups, so the order inside a group is
    // free. NaNs are never tied (NaN != NaN): each takes the next rank, in index order, after every number.
    const std::size_t n = values.size();
    std::vector<std::pair<double, std::size_t>> order;
    order.reserve(n);
    std::vector<std::size_t> nans;
    for (std::size_t i = 0; i < n; ++i) {
        if (std::isnan(values[i]))
            nans.push_back(i);
        else
            order.emplace_back(values[i], i);
    }
    std::sort(order.begin(), order.end(), [](const auto& l, const auto& r) { return l.first < r.first; });
    std::vector<double> ranks(n);
    const std::size_t numbers = order.size();
    std::size_t start = 0;
    while (start < numbers) {
        std::size_t end = start + 1;
        while (end < numbers && order[end].first == order[start].first)
            ++end;
        // SciPy: 0.5 * (count[dense] + count[dense - 1] + 1), i.e. the mean of ranks start+1 .. end.
        const double rank = 0.5 * (static_cast<double>(end) + static_cast<double>(start) + 1.0);
        for (std::size_t k = start; k < end; ++k)
            ranks[order[k].second] = rank;
        start = end;
    }
    for (std::size_t k = 0; k < nans.size(); ++k)
        ranks[nans[k]] = static_cast<double>(numbers + k + 1);
    return ranks;
}

std::vector<long long> tieGroupSizes(std::span<const double> values)
{
    const std::vector<double> sorted = sortedNaNLast(values);
    std::vector<long long> sizes;
    std::size_t start = 0;
    while (start < sorted.size()) {
        std::size_t end = start + 1;
        while (end < sorted.size() && sorted[end] == sorted[start])
            ++end;
        sizes.push_back(static_cast<long long>(end - start));
        start = end;
    }
    return sizes;
}

} // namespace loadscope::stats
