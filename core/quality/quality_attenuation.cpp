#include "core/quality/quality_attenuation.h"

#include <cmath>
#include <limits>

namespace loadscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

const std::vector<PercentileLatencyPair>& gamingRequirement()
{
    static const std::vector<PercentileLatencyPair> requirement{
        {50.0, 0.030, 0.150}, {95.0, 0.065, 0.200}, {99.0, 0.100, 0.250}};
    return requirement;
}

SimpleQualityAttenuation::SimpleQualityAttenuation(QualityMode mode, double offset, double lossThreshold,
                                                   TrigImplementation trig, gosort::XorshiftVariant goSort)
    : mode_(mode), digest_(kCompression, goSort, trig), offset_(offset), lossThreshold_(lossThreshold)
{
}

std::optional<std::string> SimpleQualityAttenuation::addSample(double seconds)
{
    if (seconds <= 0.0)
        return "sample is zero or negative";
    if (std::isnan(seconds) && mode_ == QualityMode::Corrected)
        return "sample is not a number";
    samples_++;
    if (seconds > lossThreshold_) {
        losses_++;
        return std::nullopt;
    }
    // Go's "0 means unset" test; a NaN first sample makes the minimum NaN there (corrected mode rejected it).
    if (minimum_ == 0.0 || seconds < minimum_)
        minimum_ = seconds;
    if (maximum_ == 0.0 || seconds > maximum_)
        maximum_ = seconds;
    digest_.add(seconds, 1);
    offsetSum_ += seconds - offset_;
    offsetSumOfSquares_ += (seconds - offset_) * (seconds - offset_);
    return std::nullopt;
}

std::optional<std::string> SimpleQualityAttenuation::merge(SimpleQualityAttenuation& other)
{
    if (offset_ != other.offset_ || lossThreshold_ != other.lossThreshold_)
        return "merge quality attenuation values with different offset or latency_eq_loss_threshold";
    const bool hadLatency = hasLatency();
    const bool otherHasLatency = other.hasLatency();
    for (const Centroid& c : other.digest_.centroids())
        digest_.add(c.mean, c.weight);
    offsetSum_ += other.offsetSum_;
    offsetSumOfSquares_ += other.offsetSumOfSquares_;
    samples_ += other.samples_;
    losses_ += other.losses_;
    if (mode_ == QualityMode::GoCompatible) {
        if (other.minimum_ < minimum_)
            minimum_ = other.minimum_;
        if (other.maximum_ > maximum_)
            maximum_ = other.maximum_;
    } else if (otherHasLatency) {
        minimum_ = hadLatency ? std::fmin(minimum_, other.minimum_) : other.minimum_;
        maximum_ = hadLatency ? std::fmax(maximum_, other.maximum_) : other.maximum_;
    }
    return std::nullopt;
}

double SimpleQualityAttenuation::minimum() const
{
    return mode_ == QualityMode::Corrected && !hasLatency() ? kNaN : minimum_;
}

double SimpleQualityAttenuation::maximum() const
{
    return mode_ == QualityMode::Corrected && !hasLatency() ? kNaN : maximum_;
}

double SimpleQualityAttenuation::average() const
{
    return offsetSum_ / static_cast<double>(samples_ - losses_) + offset_;
}

double SimpleQualityAttenuation::variance() const
{
    const double k = static_cast<double>(samples_) - static_cast<double>(losses_);
    return (offsetSumOfSquares_ - (offsetSum_ * offsetSum_ / k)) / (k - 1);
}

double SimpleQualityAttenuation::standardDeviation() const
{
    return std::sqrt(variance());
}

double SimpleQualityAttenuation::rpm() const
{
    return 60.0 / average();
}

double SimpleQualityAttenuation::lossPercentage() const
{
    return 100 * static_cast<double>(losses_) / static_cast<double>(samples_);
}

double SimpleQualityAttenuation::percentile(double p)
{
    if (mode_ == QualityMode::Corrected && hasLatency()) {
        if (p == 0.0)
            return minimum_;
        if (p == 100.0)
            return maximum_;
    }
    return digest_.quantile(p / 100);
}

double SimpleQualityAttenuation::pdv(double p)
{
    return percentile(p) - minimum();
}

std::array<double, kCablelabsPercentiles.size()> SimpleQualityAttenuation::cablelabsSummary()
{
    std::array<double, kCablelabsPercentiles.size()> summary{};
    for (std::size_t i = 0; i < kCablelabsPercentiles.size(); ++i)
        summary[i] = percentile(kCablelabsPercentiles[i]);
    return summary;
}

// EmpiricalDistributionHistogram: CDF differences over the CableLabs bin edges (0.5 ms bins to 50 ms, 1 ms to
// 150 ms, 20 ms to 1150 ms, one 1150-1400 ms bin, 400 ms bins to 3 s, then everything above 3 s). The edge
// expressions are Go's, so the rounding of each edge is Go's too.
std::array<double, kCablelabsBins> SimpleQualityAttenuation::cablelabsHistogram()
{
    const bool go = mode_ == QualityMode::GoCompatible;
    const double scale = static_cast<double>(go ? samples_ : samples_ - losses_);
    auto cdf = [this](double x) { return digest_.cdf(x); };
    std::array<double, kCablelabsBins> hist{};
    for (int i = 0; i < 100; i++)
        hist[i] = scale * (cdf(static_cast<double>(i + 1) * 0.0005) - cdf(static_cast<double>(i) * 0.0005));
    for (int i = 100; i < 200; i++)
        hist[i] = scale * (cdf(0.050 + static_cast<double>(i - 99) * 0.001) -
                           cdf(0.050 + static_cast<double>(i - 100) * 0.001));
    for (int i = 200; i < 250; i++)
        hist[i] = scale * (cdf(0.150 + static_cast<double>(i - 199) * 0.020) -
                           cdf(0.150 + static_cast<double>(i - 200) * 0.020));
    hist[250] = scale * (cdf(1.4) - cdf(1.150)); // Go folds the constant 1.150+0.250 exactly: 1.4
    for (int i = 251; i < 255; i++)
        hist[i] = scale * (cdf(1.400 + static_cast<double>(i - 250) * 0.400) -
                           cdf(1.400 + static_cast<double>(i - 251) * 0.400));
    hist[255] = scale * (1 - cdf(3.000));
    if (!go)
        hist[255] += static_cast<double>(losses_);
    return hist;
}

std::optional<double> SimpleQualityAttenuation::qoo(const std::vector<PercentileLatencyPair>& requirement)
{
    if (mode_ == QualityMode::Corrected && !hasLatency())
        return std::nullopt;
    double result = 100.0;
    for (const PercentileLatencyPair& pair : requirement) {
        double score = 0.0;
        const double latency = percentile(pair.percentile);
        if (latency >= pair.useless)
            score = 0.0;
        else if (latency <= pair.perfect)
            score = 100.0;
        else
            score = 100 * ((pair.useless - latency) / (pair.useless - pair.perfect));
        if (score < result)
            result = score;
    }
    return result;
}

} // namespace loadscope
