#pragma once
// Survival function of the two-sided one-sample Kolmogorov-Smirnov statistic D_n, as SciPy 1.10's
// scipy.stats.kstwo.sf(d, n) (scipy/stats/_ksstats.py, Simard & L'Ecuyer's choice of methods).
// ks_2samp uses it for its asymptotic p-value with n = round(m n / (m + n)).
namespace loadscope::stats {

// P(D_n >= d).  NaN for n < 1.
double kolmogorovSf(long long n, double d);

// One-sided P(D_n^+ >= d) (SciPy special.smirnov), by the Birnbaum-Tingey sum in log space.
double smirnovSf(long long n, double d);

} // namespace loadscope::stats
