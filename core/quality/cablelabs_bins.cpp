#include "core/quality/cablelabs_bins.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace loadscope {
namespace {

int goBin(double s)
{
    if (s < 0.050)
        return static_cast<int>(s / 0.0005);
    if (s < 0.150)
        return 100 + static_cast<int>((s - 0.050) / 0.001);
    if (s < 1.150)
        return 200 + static_cast<int>((s - 0.150) / 0.020);
    if (s < 1.400)
        return 250;
    if (s < 3.000)
        return 251 + static_cast<int>((s - 1.400) / 0.400);
    return 255;
}

const std::array<double, kCablelabsBins>& lowerEdges()
{
    static const auto edges = [] {
        std::array<double, kCablelabsBins> e{};
        for (int i = 0; i < static_cast<int>(kCablelabsBins); ++i)
            e[static_cast<std::size_t>(i)] = cablelabsBinLowerEdge(i);
        return e;
    }();
    return edges;
}

} // namespace

double cablelabsBinLowerEdge(int bin)
{
    // The expressions of SimpleQualityAttenuation::cablelabsHistogram (Go's EmpiricalDistributionHistogram).
    if (bin < 100)
        return static_cast<double>(bin) * 0.0005;
    if (bin < 200)
        return 0.050 + static_cast<double>(bin - 100) * 0.001;
    if (bin < 250)
        return 0.150 + static_cast<double>(bin - 200) * 0.020;
    if (bin == 250)
        return 1.150;
    if (bin < 255)
        return 1.400 + static_cast<double>(bin - 251) * 0.400;
    return 3.000;
}

std::optional<int> cablelabsBin(double seconds, QualityMode mode)
{
    if (std::isnan(seconds) || seconds < 0)
        return std::nullopt;
    if (mode == QualityMode::GoCompatible)
        return goBin(seconds);
    const auto& edges = lowerEdges();
    return static_cast<int>(std::upper_bound(edges.begin(), edges.end(), seconds) - edges.begin()) - 1;
}

} // namespace loadscope
