#pragma once
// Every QoE score a cuts file can hold (qoe/<test>/v-<session>-<receiver>-<sender>_cuts.json, results-format.md):
// its key in the file, its name and unit for people, how it is plotted (VMAF and ViSQOL × 5 on the notebook's
// 0..5 scale, the others as written) and its colour range; which scores one test's cuts hold; a score's series per
// receiver for the timeline; and which written values may be a failed measurement rather than bad quality.
#include "core/analysis/qos_series.h"
#include "core/analysis/test_analysis.h"

#include <array>
#include <string_view>
#include <vector>

namespace loadscope {

struct QoeScoreSpec {
    const char* key = "";  // as in the cuts file: vmaf, visqol, msssim, psnr, ...
    const char* name = ""; // for people: "VMAF", "MS-SSIM", "PSNR-HVS-M", ...
    const char* unit = ""; // "dB" for the PSNR family, "MOS" for PESQ, "" for the 0..1 indices
    double plotScale = 1;  // plotted value = written value × plotScale (5 for VMAF and ViSQOL, as the notebook)
    double colourMin = 0, colourMax = 1; // of the plotted value
};

// VMAF and ViSQOL (the notebook's 0..5), the 0..1 structural indices, the PSNR family (20..60 dB), PESQ (MOS 1..4.5).
inline constexpr std::array<QoeScoreSpec, 9> kQoeScores{{
    {"vmaf", "VMAF", "", 5, 0, 5},
    {"visqol", "ViSQOL", "", 5, 0, 5},
    {"msssim", "MS-SSIM", "", 1, 0, 1},
    {"ssim", "SSIM", "", 1, 0, 1},
    {"vifp", "VIFp", "", 1, 0, 1},
    {"psnr", "PSNR", "dB", 1, 20, 60},
    {"psnrhvs", "PSNR-HVS", "dB", 1, 20, 60},
    {"psnrhvsm", "PSNR-HVS-M", "dB", 1, 20, 60},
    {"pesq", "PESQ", "MOS", 1, 1, 4.5},
}};

const QoeScoreSpec* findQoeScore(std::string_view key); // nullptr for an unknown key

// A cut's score as written in its file; NaN when the cut lacks it.
double writtenQoeScore(const QoeCut& cut, std::string_view key);

// The scores the test's cuts hold (at least one number, not NaN), in kQoeScores order. Real files differ: 2024 files
// hold vmaf and visqol only, 2026 files may hold any of the others (results-format.md, "QoE cuts").
std::vector<const QoeScoreSpec*> qoeScoresOf(const TestData& data);
bool hasQoeScore(const TestData& data, std::string_view key);

// A written value that may be a failed measurement rather than bad quality: a ViSQOL of −0.25 (2024: the script's
// (0 − 1) / 4 when ViSQOL failed), or a ViSQOL or PESQ of exactly 0 (2026 clamps every value to [0, 1], so a failed
// ViSQOL is written 0; PESQ's MOS is never below 1 when it worked).
bool mayBeFailedMeasurement(std::string_view key, double written);

// One series per user of `a` (same order as TestAnalysis::users): as receiver, the score of its placed fragments
// (× plotScale), every fragment bound splitting time and each piece the mean of the fragments over it (as the
// VMAF / ViSQOL rows, qoe_placement.h). Values that may be failed measurements are left out.
std::vector<QosSeries> qoeScoreSeries(const TestAnalysis& a, const QoeScoreSpec& score);

} // namespace loadscope
