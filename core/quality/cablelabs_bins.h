#pragma once
// Which of the 256 CableLabs histogram bins a single latency sample falls in (0.5 ms bins to 50 ms, 1 ms to
// 150 ms, 20 ms to 1.15 s, 1.15-1.4 s, 400 ms to 3 s, then 3 s and above).
//
// GoCompatible: the arithmetic of the Go package's cablelabsHist.AddSample (dead code there), which divides by
// the bin width and truncates, so a sample exactly on an edge such as 0.055 s lands one bin low.
// Corrected: the bin whose lower edge, computed exactly as the CDF histogram computes its edges, is the largest
// edge not above the sample, so single samples and the CDF histogram agree.
#include "core/quality/quality_attenuation.h"

#include <optional>

namespace loadscope {

// nullopt for NaN and negative samples (Go would index out of range or misfile them).
std::optional<int> cablelabsBin(double seconds, QualityMode mode);
// The lower edge of `bin` (0..255) as the histogram computes it.
double cablelabsBinLowerEdge(int bin);

} // namespace loadscope
