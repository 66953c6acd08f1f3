#include "core/stats/mann_whitney_exact.h"

#include <algorithm>
#include <vector>

namespace loadscope::stats {

namespace {

// 128-bit integers count the arrangements exactly: the largest count is C(m+n, m), which stays far
// below 2^127 for the sizes we accept (the exact method is only chosen when one sample has <= 8).
__extension__ typedef __int128 Count;

// The counts of U = 0..m*n are the coefficients of the Gaussian binomial [m+n choose m]_q
// = prod_{i=1..m} (1 - q^(n+i)) / (1 - q^i); each factor is applied in place, exactly.
std::vector<Count> countsOfU(long long m, long long n)
{
    const auto top = static_cast<std::size_t>(m * n);
    std::vector<Count> c(top + 1, 0);
    c[0] = 1;
    for (long long i = 1; i <= m; ++i) {
        const auto up = static_cast<std::size_t>(n + i);
        for (std::size_t k = top; k >= up; --k)
            c[k] -= c[k - up];
        const auto down = static_cast<std::size_t>(i);
        for (std::size_t k = down; k <= top; ++k)
            c[k] += c[k - down];
    }
    return c;
}

constexpr long long kLargestCountedSize = 100000; // keeps C(m+n, m) < 2^127 with m <= 8
constexpr long long kLargestSmallSample = 8;

} // namespace

std::optional<double> mannWhitneyExactSf(long long u, long long m, long long n)
{
    if (m <= 0 || n <= 0)
        return std::nullopt;
    if (m > n)
        std::swap(m, n); // the distribution is symmetric in the two sizes
    if (m > kLargestSmallSample || m + n > kLargestCountedSize)
        return std::nullopt;
    const long long total = m * n;
    if (u <= 0)
        return 1.0;
    if (u > total)
        return 0.0;
    const std::vector<Count> counts = countsOfU(m, n);
    // P(U >= u) = P(U <= m*n - u) by symmetry, which is how SciPy evaluates it.
    Count below = 0;
    Count all = 0;
    for (long long k = 0; k <= total; ++k) {
        all += counts[static_cast<std::size_t>(k)];
        if (k <= total - u)
            below += counts[static_cast<std::size_t>(k)];
    }
    return static_cast<double>(static_cast<long double>(below) / static_cast<long double>(all));
}

} // namespace loadscope::stats
