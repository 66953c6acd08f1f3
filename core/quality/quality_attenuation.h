#pragma once
// SimpleQualityAttenuation of network-quality/goresponsiveness (package qualityattenuation): a latency
// distribution summarised by a t-digest, with losses, moments, percentiles, PDV, RPM, the CableLabs summary and
// histogram, merging, and the Go package's Quality of Outcome score.
//
// QualityMode::GoCompatible reproduces the Go package's numbers bit for bit, faults included, as built by the Go
// releases whose sort.Sort the digest follows (gosort::XorshiftVariant: go1.24 and later by default).
// QualityMode::Corrected (the default) fixes these faults and nothing else:
//  - merging into or from an object without latency samples keeps the other side's minimum / maximum
//    (Go takes 0, the "unset" marker, as a real minimum, and PDV then equals the percentile);
//  - losses land in histogram bin 255 and the latency bins are scaled by the latency samples only
//    (Go spreads the losses over every bin by scaling CDF differences with the count including losses);
//  - with no latency sample QoO is "no data" (std::nullopt) instead of 100;
//  - NaN samples are rejected like non-positive ones (Go counts them and they poison min, max and the sums);
//  - percentile(0) and percentile(100) are the true sample extremes (Go's digest tracks centroid means).
// In both modes a single latency sample has an undefined (NaN) sample variance.
#include "core/quality/tdigest.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

enum class QualityMode { Corrected, GoCompatible };

// One term of the Go package's qualityRequirement: at `percentile`, a latency at or below `perfect` scores 100,
// at or above `useless` 0, linear between. Seconds.
struct PercentileLatencyPair {
    double percentile = 50.0;
    double perfect = 0.0;
    double useless = 0.0;
};

// GetGamingQoO's requirement: {50, 30 ms, 150 ms}, {95, 65 ms, 200 ms}, {99, 100 ms, 250 ms}.
const std::vector<PercentileLatencyPair>& gamingRequirement();

// The percentiles CableLabs CL-TR-LM-Arch recommends reporting.
inline constexpr std::array<double, 10> kCablelabsPercentiles{0, 10, 25, 50, 75, 90, 95, 99, 99.9, 100};
inline constexpr std::size_t kCablelabsBins = 256;

class SimpleQualityAttenuation {
public:
    static constexpr double kDefaultOffset = 0.1;
    static constexpr double kDefaultLossThreshold = 15.0; // seconds; strictly greater is a loss
    static constexpr double kCompression = 50.0;

    explicit SimpleQualityAttenuation(QualityMode mode = QualityMode::Corrected, double offset = kDefaultOffset,
                                      double lossThreshold = kDefaultLossThreshold,
                                      TrigImplementation trig = TrigImplementation::Go,
                                      gosort::XorshiftVariant goSort = gosort::XorshiftVariant::CurrentGo);
    // The defaults, with the t-digest sorting as the sort.Sort of the Go releases `goSort` names.
    SimpleQualityAttenuation(QualityMode mode, gosort::XorshiftVariant goSort)
        : SimpleQualityAttenuation(mode, kDefaultOffset, kDefaultLossThreshold, TrigImplementation::Go, goSort)
    {
    }

    // Adds one latency sample in seconds. Returns the error text for a rejected sample (state unchanged).
    [[nodiscard]] std::optional<std::string> addSample(double seconds);
    // Folds `other` into this object. Returns the error text when the offsets or thresholds differ.
    [[nodiscard]] std::optional<std::string> merge(SimpleQualityAttenuation& other);

    QualityMode mode() const { return mode_; }
    gosort::XorshiftVariant goSort() const { return digest_.sortVariant(); }
    long long samples() const { return samples_; } // including losses
    long long losses() const { return losses_; }
    long long latencySamples() const { return samples_ - losses_; }
    double offsetSum() const { return offsetSum_; }
    double offsetSumOfSquares() const { return offsetSumOfSquares_; }
    // Smallest / largest latency sample. Go-compatible: 0 when unset; corrected: NaN when unset.
    double minimum() const;
    double maximum() const;
    double average() const;
    double variance() const;
    double standardDeviation() const;
    double rpm() const;            // round trips per minute: 60 / average
    double lossPercentage() const; // NaN without samples

    double percentile(double p); // p in [0, 100]
    double median() { return percentile(50.0); }
    double pdv(double p); // packet delay variation: percentile(p) - minimum
    std::array<double, kCablelabsPercentiles.size()> cablelabsSummary();
    std::array<double, kCablelabsBins> cablelabsHistogram();

    // The Go package's QoO (0..100). Corrected mode: nullopt without latency samples.
    std::optional<double> qoo(const std::vector<PercentileLatencyPair>& requirement);
    std::optional<double> gamingQoo() { return qoo(gamingRequirement()); }

    TDigest& digest() { return digest_; }

private:
    bool hasLatency() const { return samples_ > losses_; }

    QualityMode mode_;
    TDigest digest_;
    double offset_;
    double lossThreshold_;
    double offsetSum_ = 0.0;
    double offsetSumOfSquares_ = 0.0;
    long long samples_ = 0;
    long long losses_ = 0;
    double minimum_ = 0.0; // 0 means unset, as in Go
    double maximum_ = 0.0;
};

} // namespace loadscope
