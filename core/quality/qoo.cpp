#include "core/quality/qoo.h"

#include "core/quality/quality_attenuation.h"

#include <algorithm>
#include <cmath>

namespace loadscope {
namespace {

// The draft's per-term score: 1 - (measured - ROP) / (CPUP - ROP), clamped to 0..1, as a percentage.
double termScore(double measured, double rop, double cpup)
{
    const double m = 1.0 - (measured - rop) / (cpup - rop);
    return std::clamp(m, 0.0, 1.0) * 100.0;
}

std::optional<double> latencyScore(const QooRequirement& requirement, const QooMeasurement& measured)
{
    if (!measured.latencyMsAt)
        return std::nullopt;
    std::optional<double> worst;
    for (const QooLatencyPoint& point : requirement.latency) {
        const double latency = measured.latencyMsAt(point.percentile);
        if (std::isnan(latency))
            return std::nullopt; // one unknown percentile makes the latency term unknown
        const double score = termScore(latency, point.ropMs, point.cpupMs);
        worst = worst ? std::min(*worst, score) : score;
    }
    return worst;
}

} // namespace

QooScore evaluateQoo(const QooRequirement& requirement, const QooMeasurement& measured)
{
    QooScore score;
    if (!requirement.latency.empty()) {
        score.latency = latencyScore(requirement, measured);
        if (!score.latency)
            score.missing.push_back("latency");
    }
    if (requirement.loss) {
        if (measured.lossPercent && !std::isnan(*measured.lossPercent))
            score.loss = termScore(*measured.lossPercent, requirement.loss->ropPercent, requirement.loss->cpupPercent);
        else
            score.missing.push_back("loss");
    }
    if (requirement.minThroughputMbps) {
        if (measured.throughputMbps && !std::isnan(*measured.throughputMbps))
            score.throughput = *measured.throughputMbps >= *requirement.minThroughputMbps ? 100.0 : 0.0;
        else
            score.missing.push_back("throughput");
    }
    for (const auto& term : {score.latency, score.loss, score.throughput})
        if (term)
            score.overall = score.overall ? std::min(*score.overall, *term) : *term;
    return score;
}

QooScore evaluateQoo(const QooRequirement& requirement, SimpleQualityAttenuation& sample)
{
    QooMeasurement measured;
    if (sample.latencySamples() > 0)
        measured.latencyMsAt = [&sample](double p) { return sample.percentile(p) * 1000.0; };
    if (sample.samples() > 0)
        measured.lossPercent = sample.lossPercentage();
    return evaluateQoo(requirement, measured);
}

const std::vector<QooRequirement>& qooPresets()
{
    static const std::vector<QooRequirement> presets{
        {"gaming", {{50, 30, 150}, {95, 65, 200}, {99, 100, 250}}, std::nullopt, std::nullopt},
        {"video-conferencing", {{95, 50, 100}}, QooLossRequirement{0.1, 0.5}, std::nullopt},
        {"web-browsing", {{95, 50, 100}}, QooLossRequirement{0.5, 1.0}, std::nullopt},
        {"draft-example", {{99, 200, 500}, {99.9, 300, 600}}, QooLossRequirement{1.0, 5.0}, 4.0},
        {"draft01-video-conferencing", {{0, 70, 500}, {99, 100, 1000}}, std::nullopt, 4.0},
    };
    return presets;
}

const QooRequirement* findQooPreset(std::string_view name)
{
    for (const QooRequirement& preset : qooPresets())
        if (preset.name == name)
            return &preset;
    return nullptr;
}

} // namespace loadscope
