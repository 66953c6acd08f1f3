#pragma once
// Descriptive arithmetic done in the same order as NumPy / pandas (Debian 12: NumPy 1.24, pandas 1.5
// with bottleneck), so that means, variances and quantiles agree with the notebook to the last bit.
// Floating-point sums depend on the order of the additions; the ordering is the whole point here.
#include <span>
#include <vector>

namespace loadscope::stats {

// numpy.add.reduce on a contiguous float64 array: pairwise summation with 8-way unrolled leaves.
double pairwiseSum(std::span<const double> values);
// numpy.mean: pairwiseSum / n.  NaN for an empty span.
double numpyMean(std::span<const double> values);
// numpy.var(ddof): mean of squared deviations (pairwise) divided by (n - ddof).  NaN when n <= ddof.
double numpyVariance(std::span<const double> values, int ddof);
// scipy.stats._stats_py._var: numpy mean of squared deviations, then times n / (n - ddof).
double scipyVariance(std::span<const double> values, int ddof);
// pandas Series.mean (numpy pairwise sum / count).
double pandasMean(std::span<const double> values);
// pandas Series.std() (ddof 1), which pandas hands to bottleneck.nanstd: naive two-pass sums.
double pandasStd(std::span<const double> values);
// numpy.median / pandas Series.median: middle element or the mean of the middle two.  NaN if empty.
double median(std::span<const double> values);
// numpy.percentile(method="linear") / pandas Series.quantile(q), with NumPy's two-sided lerp.
double quantileLinear(std::span<const double> values, double q);
// Same on data already sorted ascending.
double quantileLinearSorted(std::span<const double> sorted, double q);
// scipy.stats.rankdata(method="average"): 1-based ranks, ties get the mean of their ranks.
std::vector<double> averageRanks(std::span<const double> values);
// true when any value is NaN.  The tests refuse such input with a message instead of sorting it.
bool containsNaN(std::span<const double> values);
// Strict weak order with NaN after everything (NumPy's sort order); plain < is not safe for sorting.
inline bool lessNaNLast(double a, double b)
{
    return !(a != a) && ((b != b) || a < b);
}

// A sorted copy in NumPy's order (ascending, NaNs last): the NaNs set aside, then a plain sort on the numbers.
std::vector<double> sortedNaNLast(std::span<const double> values);

// Sizes of the groups of equal values (ties), in ascending value order.
std::vector<long long> tieGroupSizes(std::span<const double> values);

} // namespace loadscope::stats
