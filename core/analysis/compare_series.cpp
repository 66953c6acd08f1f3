#include "core/analysis/compare_series.h"

#include "core/util/time.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace loadscope {

namespace {

std::vector<SeriesPoint> resourceSeries(const TestAnalysis& a, bool memory)
{
    // Notebook mode measures CPU from the earliest event: move it onto the test-start axis of the other series.
    const double shift = a.cpuOrigin != kNoTime && a.start != kNoTime ? secondsBetween(a.start, a.cpuOrigin) : 0.0;
    std::vector<SeriesPoint> points;
    points.reserve(a.resources.size());
    for (const auto& r : a.resources)
        points.push_back({r.time + shift, memory ? r.memory : r.cpu});
    return points;
}

std::vector<SeriesPoint> connectedUsersSeries(const TestAnalysis& a)
{
    std::vector<SeriesPoint> points;
    points.reserve(a.progression.size());
    for (const auto& p : a.progression)
        points.push_back({p.time, static_cast<double>(p.publishers + p.subscribers)});
    if (!points.empty() && points.back().time < a.clippedDuration)
        points.push_back({a.clippedDuration, points.back().value}); // the last level holds to the test's end
    return points;
}

// Sums per whole second; each fragment visits only the seconds it covers (cheap for long tests).
std::vector<SeriesPoint> qoePerSecond(const TestAnalysis& a, bool visqol)
{
    double end = a.clippedDuration;
    for (const auto& c : a.cuts)
        if (std::isfinite(c.end))
            end = std::max(end, c.end);
    if (!(end > 0))
        return {};
    const auto seconds = static_cast<std::size_t>(std::ceil(end)) + 1;
    std::vector<double> sum(seconds, 0.0);
    std::vector<int> count(seconds, 0);
    for (const auto& c : a.cuts) {
        const double value = visqol ? c.visqol : c.vmaf;
        if (!std::isfinite(c.start) || !std::isfinite(c.end) || std::isnan(value) || value < 0)
            continue; // unplaced, or a ViSQOL failure marker (−0.25 × 5)
        for (auto s = static_cast<std::size_t>(std::max(0.0, std::ceil(c.start))); s < seconds && s < c.end; ++s) {
            sum[s] += value;
            ++count[s];
        }
    }
    std::vector<SeriesPoint> points(seconds);
    for (std::size_t s = 0; s < seconds; ++s)
        points[s] = {static_cast<double>(s), count[s] > 0 ? sum[s] / count[s] : kNaN};
    return points;
}

} // namespace

const std::vector<CompareQuantitySpec>& compareQuantities()
{
    static const std::vector<CompareQuantitySpec> specs{
        {CompareQuantity::Cpu, "cpu", "Media node CPU (0..1)", false},
        {CompareQuantity::Memory, "memory", "Media node memory (0..1)", false},
        {CompareQuantity::ConnectedUsers, "connected", "Connected users", true},
        {CompareQuantity::MeanVmafPerSecond, "vmaf", "Mean VMAF per second (0..5)", true},
        {CompareQuantity::MeanVisqolPerSecond, "visqol", "Mean ViSQOL per second (0..5)", true},
    };
    return specs;
}

const CompareQuantitySpec& compareQuantitySpec(CompareQuantity quantity)
{
    for (const auto& spec : compareQuantities())
        if (spec.quantity == quantity)
            return spec;
    throw std::logic_error("unknown compare quantity");
}

std::vector<SeriesPoint> compareSeries(const TestAnalysis& a, CompareQuantity quantity)
{
    switch (quantity) {
    case CompareQuantity::Cpu: return resourceSeries(a, false);
    case CompareQuantity::Memory: return resourceSeries(a, true);
    case CompareQuantity::ConnectedUsers: return connectedUsersSeries(a);
    case CompareQuantity::MeanVmafPerSecond: return qoePerSecond(a, false);
    case CompareQuantity::MeanVisqolPerSecond: return qoePerSecond(a, true);
    }
    return {};
}

} // namespace loadscope
