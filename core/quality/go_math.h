#pragma once
// Go's pure-Go math.Sin / math.Asin / math.Min / math.Max (Cephes code as in Go's math package).
// The t-digest's merge limits come from sin/asin; glibc's versions differ from Go's by an ulp or so on some
// inputs, and one ulp can flip a "fits in this centroid" decision, so the Go-compatible digest uses these.
namespace loadscope::gomath {

// math.Sin for |x| < 2^29 (the t-digest only needs [-pi/2, pi/2]); larger arguments need Go's Payne-Hanek
// reduction, which is not ported: they fall back to std::sin.
double sin(double x);
double asin(double x);
// math.Min / math.Max: NaN if either is NaN; -0 is smaller than +0.
double min(double x, double y);
double max(double x, double y);

} // namespace loadscope::gomath
