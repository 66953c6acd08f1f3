#pragma once
// Quality of Outcome as draft-ietf-ippm-qoo-11 defines it: a requirement is a Requirement for Optimal Performance
// (ROP) and a Critical Point of Unacceptable Performance (CPUP) for latency at some percentiles, for packet loss
// and a minimum throughput. Each term scores 100 at or better than ROP and 0 at or worse than CPUP, linear
// between; QoO is the worst term. (The Go package's own, latency-only QoO is SimpleQualityAttenuation::qoo.)
//
// Units follow the draft: latency in milliseconds, loss in percent, throughput in Mb/s. Scoring in the draft's
// units also keeps its worked example exact: (350 - 200) / (500 - 200) is exactly 0.5 in doubles, while the same
// ratio in seconds is not.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

class SimpleQualityAttenuation;

struct QooLatencyPoint {
    double percentile = 50.0; // 0..100
    double ropMs = 0.0;
    double cpupMs = 0.0;
};

struct QooLossRequirement {
    double ropPercent = 0.0;
    double cpupPercent = 0.0;
};

struct QooRequirement {
    std::string name;
    std::vector<QooLatencyPoint> latency;
    std::optional<QooLossRequirement> loss;
    std::optional<double> minThroughputMbps;
};

// What was measured. A term the requirement has but the measurement lacks is reported as missing, not scored.
struct QooMeasurement {
    std::function<double(double percentile)> latencyMsAt; // NaN (or empty function) when there is no latency data
    std::optional<double> lossPercent;
    std::optional<double> throughputMbps;
};

struct QooScore {
    std::optional<double> latency; // 0..100; nullopt when not required or not measured
    std::optional<double> loss;
    std::optional<double> throughput;
    std::optional<double> overall;    // the minimum of the scored terms; nullopt when none could be scored
    std::vector<std::string> missing; // required terms without a measurement: "latency", "loss", "throughput"
};

QooScore evaluateQoo(const QooRequirement& requirement, const QooMeasurement& measured);

// Scores a latency sample: percentiles from its digest (seconds -> ms), loss from its loss percentage. A latency
// file carries no throughput, so a throughput term is reported missing.
QooScore evaluateQoo(const QooRequirement& requirement, SimpleQualityAttenuation& sample);

// Named requirements:
//  gaming                     the Go package's GetGamingQoO: p50 30/150 ms, p95 65/200 ms, p99 100/250 ms
//  video-conferencing         LibreQoS qoo_profiles.json: p95 50/100 ms, loss 0.1 %/0.5 %
//  web-browsing               LibreQoS qoo_profiles.json: p95 50/100 ms, loss 0.5 %/1 %
//  draft-example              the draft's worked example: p99 200/500 ms, p99.9 300/600 ms, loss 1 %/5 %, 4 Mb/s
//  draft01-video-conferencing draft -01's example: p0 70/500 ms, p99 100/1000 ms, 4 Mb/s
const std::vector<QooRequirement>& qooPresets();
const QooRequirement* findQooPreset(std::string_view name);

} // namespace loadscope
