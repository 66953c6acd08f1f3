#pragma once
// Inverse of the standard normal CDF, transcribed from Cephes ndtri.c as SciPy 1.10 ships it, so
// that scipy.stats.norm.ppf values agree to the last bit (Fligner-Killeen's normal scores depend
// on it: a last-bit difference turns SciPy's exact 0 into 1e-30).
namespace loadscope::stats {

// For 0 < p < 1; -inf / +inf at 0 / 1, NaN outside [0, 1].
double cephesNdtri(double p);

} // namespace loadscope::stats
