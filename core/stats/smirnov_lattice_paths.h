#pragma once
// The exact null distribution of the two-sided two-sample Kolmogorov-Smirnov statistic, as SciPy 1.10.1's
// ks_2samp computes it (_compute_prob_outside_square, and _compute_outer_prob_inside_method in
// scipy/stats/_stats_pythran.py), with the same floating-point operations on every value, so the same bits.

namespace loadscope::stats {

// P(D >= h / n) for two samples of equal size n (SciPy's Horner-like alternating series).
double probabilityOutsideSquare(long long n, long long h);

// The share of lattice paths from (0, 0) to (m, n) that leave the band |x/m - y/n| < h / lcm(m, n), for
// g = gcd(m, n): Hodges' inside method with Viehmann's recursion for 1 - p. SciPy walks the grid column by
// column, each cell waiting for the one before it (a division's latency per cell); here several columns advance
// together as a skewed wavefront, so the divisions of different columns overlap. Each cell still gets
// (below * i + left * j) / (i + j) from the same two neighbours as in SciPy.
double probabilityOutsideBand(long long m, long long n, long long g, long long h);

} // namespace loadscope::stats
