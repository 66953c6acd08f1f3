#include "core/generate/qoe_cut_scores.h"

#include <algorithm>
#include <cmath>

namespace loadscope::generate {

namespace {

constexpr double kFailedVisqol = -0.25; // the script's (MOS 0 − 1) / 4 when ViSQOL failed
constexpr double kFailureChance = 0.02; // of ViSQOL, and in 2026 of PESQ, on one cut

double roundTo6(double value)
{
    return std::round(value * 1e6) / 1e6;
}

double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

} // namespace

std::vector<WrittenScore> measureCut(QoeScriptYear year, bool optionalScores, double load, RandomStream& random)
{
    const bool year2026 = year == QoeScriptYear::Year2026;
    const double vmaf = std::clamp(0.93 - 0.45 * load - 0.03 * std::abs(random.bell()), 0.05, 1.0);
    const double mos = std::clamp(4.4 - 1.6 * load + 0.12 * random.bell(), 1.0, 5.0);
    const double visqol = random.chance(kFailureChance) ? kFailedVisqol : (mos - 1.0) / 4.0;
    std::vector<WrittenScore> scores{{"vmaf", vmaf}, {"visqol", year2026 ? clamp01(visqol) : visqol}};
    if (optionalScores) {
        const double msssim = clamp01(0.96 - 0.2 * load + 0.01 * random.bell());
        const double psnr = 38.0 - 9.0 * load + 0.8 * random.bell();
        const double ssim = clamp01(0.97 - 0.15 * load + 0.01 * random.bell());
        if (year2026) {
            const double psnrhvs = psnr - 2.0 + 0.6 * random.bell();
            const double psnrhvsm = psnrhvs + 1.2 + 0.4 * random.bell();
            const double vifp = clamp01(0.62 - 0.25 * load + 0.03 * random.bell());
            const double pesq = std::clamp(4.2 - 1.5 * load + 0.15 * random.bell(), 1.0, 4.5);
            const bool pesqFailed = random.chance(kFailureChance);
            // results-format.md: the 2026 script clamps *every* value to [0, 1], decibels and MOS included (no
            // rescaling), so a working PSNR or PESQ is written 1 and a failed PESQ 0.
            scores.insert(scores.end(), {{"msssim", msssim},
                                         {"psnr", clamp01(psnr)},
                                         {"psnrhvs", clamp01(psnrhvs)},
                                         {"ssim", ssim},
                                         {"vifp", vifp},
                                         {"psnrhvsm", clamp01(psnrhvsm)},
                                         {"pesq", pesqFailed ? 0.0 : clamp01(pesq)}});
        }
    }
    for (WrittenScore& s : scores)
        s.value = roundTo6(s.value);
    return scores;
}

} // namespace loadscope::generate
