#pragma once
// The notebook's colours: a metric value through matplotlib's LinearSegmentedColormap.from_list(["black", "orange",
// "yellow", "green", "darkblue"]) (reversed for jitter, RTT and loss) with its 256-entry lookup table, and the
// fixed colours of the connection states and of LiveKit's connection quality (categories, not a scale).
#include <QColor>
#include <QRgb>

#include <array>

namespace loadscope {

inline constexpr QRgb kConnectingColour = qRgb(255, 0, 255);     // magenta
inline constexpr QRgb kConnectedNoDataColour = qRgb(75, 0, 130); // indigo
inline constexpr QRgb kFailedColour = qRgb(255, 0, 0);           // red
inline constexpr QRgb kReconnectingColour = qRgb(0, 220, 255);   // sky blue: a recoverable interruption

// LiveKit's connection quality by score (lost 0, poor 1, good 2, excellent 3); "unknown" (NaN) is grey. Lost is a
// darker red than a failed connection's.
inline constexpr std::array<QRgb, 4> kConnectionQualityColours{
    qRgb(190, 0, 40),   // lost: crimson
    qRgb(255, 140, 0),  // poor: dark orange
    qRgb(154, 205, 50), // good: yellow-green
    qRgb(0, 150, 0),    // excellent: green
};
inline constexpr QRgb kUnknownQualityColour = qRgb(160, 160, 160); // grey

// The colour of a connection-quality score (rounded); NaN or out of range: kUnknownQualityColour.
QRgb connectionQualityColour(double score);

struct ColourRange {
    double min = 0, max = 1;
    bool reversed = false; // lower values are better: dark blue at the low end
};

// The colour of `value` in `range`; values outside clip to the ends, NaN gives grey.
QRgb metricColour(double value, const ColourRange& range);

// The five anchor colours in order from the low end of `range` (for colour scales).
std::array<QColor, 5> colourAnchors(bool reversed);

} // namespace loadscope
