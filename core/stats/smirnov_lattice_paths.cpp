#include "core/stats/smirnov_lattice_paths.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace loadscope::stats {

namespace {

// How many columns of the grid advance together. Each column's cells form one dependency chain (a multiply, an
// add and a division per cell); twelve chains keep the divider busy: about 4.5 times as fast as one column at
// a time on this machine's 2-core EPYC (8 and 16 do about as well; pairs of columns in SSE2 vectors did no better).
constexpr long long kColumnsAtOnce = 12;

// The rows [first, end) of one column of the grid that lie inside the band (SciPy's minj, maxj).
struct Window {
    long long first = 0;
    long long end = 0;
};

Window windowOfColumn(long long i, long long n, long long mg, long long ng, long long h)
{
    const double dmg = static_cast<double>(mg);
    long long first = std::max(static_cast<long long>(std::floor(static_cast<double>(ng * i - h) / dmg)) + 1, 0LL);
    first = std::min(first, n);
    const long long end = std::min(static_cast<long long>(std::ceil(static_cast<double>(ng * i + h) / dmg)), n + 1);
    return {first, end};
}

// SciPy's cell: the share of paths to (i, j) that have left the band, from the cell left of it (column i - 1,
// same row) and the one below it (same column, row j - 1).
inline double cell(double left, double below, long long i, long long j)
{
    return (left * static_cast<double>(i) + below * static_cast<double>(j)) / static_cast<double>(i + j);
}

} // namespace

double probabilityOutsideSquare(long long n, long long h)
{
    double p = 0.0;
    for (long long k = n / h; k >= 0; --k) {
        double p1 = 1.0;
        for (long long j = 0; j < h; ++j)
            p1 = static_cast<double>(n - k * h - j) * p1 / static_cast<double>(n + k * h + j + 1);
        p = p1 * (1.0 - p);
    }
    return 2.0 * p;
}

// SciPy keeps one column in a sliding window; here `column[j]` holds, for every row j, the value of the last
// column that reached row j. A row above a column's window is outside the band (value 1) and no earlier column
// reached it, so it still holds its initial 1; rows below the window are never read again (the windows only
// move up). Columns i0 .. i0 + K - 1 then advance as a skewed wavefront: at step t, column i0 + k computes row
// t - k, whose left neighbour column i0 + k - 1 computed at step t - 1. The cells of one step are independent.
double probabilityOutsideBand(long long m, long long n, long long g, long long h)
{
    if (m < n)
        std::swap(m, n);
    const long long mg = m / g;
    const long long ng = n / g;

    // SciPy returns 1 as soon as a column's window is empty; nothing before that has any other effect.
    std::vector<Window> windows(static_cast<std::size_t>(m + 1));
    windows[0] = {0,
                  std::min(static_cast<long long>(std::ceil(static_cast<double>(h) / static_cast<double>(mg))), n + 1)};
    for (long long i = 1; i <= m; ++i) {
        windows[static_cast<std::size_t>(i)] = windowOfColumn(i, n, mg, ng, h);
        if (windows[static_cast<std::size_t>(i)].end <= windows[static_cast<std::size_t>(i)].first)
            return 1.0;
    }

    std::vector<double> column(static_cast<std::size_t>(n + 1), 1.0);
    std::fill(column.begin(), column.begin() + windows[0].end, 0.0);
    double* const values = column.data();

    for (long long i0 = 1; i0 <= m; i0 += kColumnsAtOnce) {
        const long long count = std::min(kColumnsAtOnce, m - i0 + 1);
        std::array<double, kColumnsAtOnce> below{};
        std::array<Window, kColumnsAtOnce> window{};
        for (long long k = 0; k < count; ++k) {
            window[static_cast<std::size_t>(k)] = windows[static_cast<std::size_t>(i0 + k)];
            // SciPy's value below the window's first row: 1 (outside the band), or 0 under row 0 (times j = 0).
            below[static_cast<std::size_t>(k)] = window[static_cast<std::size_t>(k)].first == 0 ? 0.0 : 1.0;
        }
        // Steps in which every column of the block is inside its window: no checks needed there.
        long long fullFrom = 0, fullTo = window[0].end;
        for (long long k = 0; k < count; ++k) {
            fullFrom = std::max(fullFrom, window[static_cast<std::size_t>(k)].first + k);
            fullTo = std::min(fullTo, window[static_cast<std::size_t>(k)].end + k);
        }
        const long long firstStep = window[0].first;
        const long long endStep = window[static_cast<std::size_t>(count - 1)].end + count - 1;
        auto stepWithChecks = [&](long long t) {
            for (long long k = 0; k < count; ++k) {
                const long long j = t - k;
                const Window& w = window[static_cast<std::size_t>(k)];
                if (j < w.first || j >= w.end)
                    continue;
                auto& chain = below[static_cast<std::size_t>(k)];
                chain = cell(values[j], chain, i0 + k, j);
                values[j] = chain;
            }
        };
        if (count == kColumnsAtOnce && fullFrom < fullTo) {
            long long t = firstStep;
            for (; t < fullFrom; ++t)
                stepWithChecks(t);
            // Here the left neighbour of column k is the value column k - 1 made at the step before, still in
            // below[k - 1]: only the first column reads memory and only the last one writes it.
            for (; t < fullTo; ++t) {
                for (long long k = kColumnsAtOnce - 1; k > 0; --k) {
                    auto& chain = below[static_cast<std::size_t>(k)];
                    chain = cell(below[static_cast<std::size_t>(k - 1)], chain, i0 + k, t - k);
                }
                below[0] = cell(values[t], below[0], i0, t);
                values[t - (kColumnsAtOnce - 1)] = below[kColumnsAtOnce - 1];
            }
            for (long long k = 0; k + 1 < kColumnsAtOnce; ++k)
                values[t - 1 - k] = below[static_cast<std::size_t>(k)];
            for (; t < endStep; ++t)
                stepWithChecks(t);
        } else {
            for (long long t = firstStep; t < endStep; ++t)
                stepWithChecks(t);
        }
    }
    return values[windows[static_cast<std::size_t>(m)].end - 1];
}

} // namespace loadscope::stats
