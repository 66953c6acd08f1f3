#pragma once
// The scores the QoE script writes for one cut (results-format.md, "What the real writers do", QoE cuts):
// 2024 (Python json.dump) vmaf and visqol only, a failed ViSQOL written −0.25 ((0 − 1) / 4); 2026 (qoe_scripts) every
// value clamped to [0, 1] (decibels and MOS too, not rescaled: a working PSNR or PESQ is 1), a failed ViSQOL (or
// PESQ) written 0, and, for the servers whose recordings get the full
// analysis here (not Kurento), MS-SSIM, PSNR, PSNR-HVS, SSIM, VIFp, PSNR-HVS-M and PESQ besides. Every score falls
// with the media node's overload.
#include "core/generate/random_stream.h"

#include <vector>

namespace loadscope::generate {

enum class QoeScriptYear { Year2024, Year2026 };

struct WrittenScore {
    const char* key = ""; // as in the cuts file
    double value = 0;     // as written (rounded to 6 decimals)
};

// vmaf, visqol, then the optional scores in the file's order. `load` is the media node's overload (0..1) at the cut.
// The 2024 script measured MS-SSIM, PSNR and SSIM too for the other servers but never wrote them (its
// optional-metrics branch was broken): their draws are made in both years, before the 2026-only ones, so that the
// scores a 2024 file holds do not depend on what 2026 adds.
std::vector<WrittenScore> measureCut(QoeScriptYear year, bool optionalScores, double load, RandomStream& random);

} // namespace loadscope::generate
