#pragma once
// Tail probabilities and quantiles of the reference distributions, via Boost.Math, never throwing:
// out-of-domain arguments give NaN, which the tests turn into a "cannot compute" message.
namespace loadscope::stats {

double normalSf(double z);                                      // P(Z > z), SciPy norm.sf
double normalPpf(double p);                                     // SciPy norm.ppf
double chiSquaredSf(double x, double df);                       // SciPy chi2.sf
double fisherSf(double x, double df1, double df2);              // SciPy f.sf
double studentTCdf(double t, double df);                        // SciPy special.stdtr
double regularizedBetaComplement(double a, double b, double x); // 1 - I_x(a, b), SciPy beta.sf

} // namespace loadscope::stats
