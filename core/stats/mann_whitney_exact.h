#pragma once
// Exact null distribution of the Mann-Whitney U statistic (no ties), as SciPy's _MWU computes it.
#include <optional>

namespace loadscope::stats {

// P(U >= u) for samples of sizes m and n, i.e. SciPy's _mwu_state.sf(u, m, n).
// Empty when the distribution is too large to count exactly.
std::optional<double> mannWhitneyExactSf(long long u, long long m, long long n);

} // namespace loadscope::stats
