#include "ui/plot/colour_map.h"

#include <cmath>

namespace loadscope {

namespace {

constexpr int kLutSize = 256; // matplotlib's default N

// black, orange, yellow, green, darkblue as matplotlib defines them (0..1 channels).
constexpr std::array<std::array<double, 3>, 5> kAnchors{{
    {0.0, 0.0, 0.0},
    {1.0, 165.0 / 255.0, 0.0},
    {1.0, 1.0, 0.0},
    {0.0, 128.0 / 255.0, 0.0},
    {0.0, 0.0, 139.0 / 255.0},
}};

std::array<QRgb, kLutSize> buildLut(bool reversed)
{
    std::array<QRgb, kLutSize> lut{};
    for (int i = 0; i < kLutSize; ++i) {
        const double x = static_cast<double>(i) / (kLutSize - 1) * 4.0; // anchors at 0, 1/4, ..., 1
        const int k = std::min(static_cast<int>(x), 3);
        const double t = x - k;
        std::array<double, 3> c{};
        for (int ch = 0; ch < 3; ++ch) {
            const auto& a = kAnchors[static_cast<std::size_t>(reversed ? 4 - k : k)];
            const auto& b = kAnchors[static_cast<std::size_t>(reversed ? 3 - k : k + 1)];
            c[static_cast<std::size_t>(ch)] = a[static_cast<std::size_t>(ch)] +
                                              t * (b[static_cast<std::size_t>(ch)] - a[static_cast<std::size_t>(ch)]);
        }
        lut[static_cast<std::size_t>(i)] = qRgb(static_cast<int>(std::lround(c[0] * 255)),
                                                static_cast<int>(std::lround(c[1] * 255)),
                                                static_cast<int>(std::lround(c[2] * 255)));
    }
    return lut;
}

} // namespace

QRgb metricColour(double value, const ColourRange& range)
{
    static const std::array<QRgb, kLutSize> forward = buildLut(false);
    static const std::array<QRgb, kLutSize> backward = buildLut(true);
    if (std::isnan(value))
        return qRgb(160, 160, 160);
    const double normalised = (value - range.min) / (range.max - range.min);
    // Colormap.__call__: index = int(x * N), x == 1 maps to the last entry, outside clips to the ends.
    const double scaled = normalised * kLutSize;
    int index = scaled < 0 ? 0 : scaled >= kLutSize ? kLutSize - 1 : static_cast<int>(scaled);
    return (range.reversed ? backward : forward)[static_cast<std::size_t>(index)];
}

QRgb connectionQualityColour(double score)
{
    if (std::isnan(score))
        return kUnknownQualityColour;
    const long i = std::lround(score);
    return i >= 0 && i < static_cast<long>(kConnectionQualityColours.size())
               ? kConnectionQualityColours[static_cast<std::size_t>(i)]
               : kUnknownQualityColour;
}

std::array<QColor, 5> colourAnchors(bool reversed)
{
    std::array<QColor, 5> colours;
    for (std::size_t i = 0; i < 5; ++i) {
        const auto& a = kAnchors[reversed ? 4 - i : i];
        colours[i] = QColor::fromRgbF(static_cast<float>(a[0]), static_cast<float>(a[1]), static_cast<float>(a[2]));
    }
    return colours;
}

} // namespace loadscope
