#include "core/quality/tdigest.h"

#include "core/quality/go_math.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope {
namespace {

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;

struct MeanLess {
    using value_type = Centroid;
    bool operator()(const Centroid& a, const Centroid& b) const { return a.mean < b.mean; }
};

// Centroid.Add of the Go code: the running mean is updated incrementally, in this exact order. Go refuses a
// negative weight with an error that process() ignores, so such a centroid is dropped there.
void absorb(Centroid& into, const Centroid& other)
{
    if (other.weight < 0)
        return;
    if (into.weight != 0) {
        into.weight += other.weight;
        into.mean += other.weight * (other.mean - into.mean) / into.weight;
    } else {
        into = other;
    }
}

// weightedAverage / weightedAverageSorted: the result is clamped between the two positions.
double weightedAverage(double x1, double w1, double x2, double w2)
{
    if (x1 > x2) {
        std::swap(x1, x2);
        std::swap(w1, w2);
    }
    const double x = (x1 * w1 + x2 * w2) / (w1 + w2);
    return gomath::max(x1, gomath::min(x, x2));
}

} // namespace

TDigest::TDigest(double compression, gosort::XorshiftVariant sortVariant, TrigImplementation trig)
    : compression_(compression), sortVariant_(sortVariant), trig_(trig),
      maxProcessed_(static_cast<std::size_t>(2 * std::ceil(compression))),
      maxUnprocessed_(static_cast<std::size_t>(8 * std::ceil(compression))), min_(std::numeric_limits<double>::max()),
      max_(-std::numeric_limits<double>::max())
{
    processed_.reserve(maxProcessed_);
    unprocessed_.reserve(maxUnprocessed_ + 1);
}

void TDigest::add(double x, double weight)
{
    if (std::isnan(x))
        return;
    addCentroid({x, weight});
}

void TDigest::addCentroid(Centroid c)
{
    unprocessed_.push_back(c);
    unprocessedWeight_ += c.weight;
    if (processed_.size() > maxProcessed_ || unprocessed_.size() > maxUnprocessed_)
        process();
}

void TDigest::process()
{
    if (unprocessed_.empty() && processed_.size() <= maxProcessed_)
        return;
    unprocessed_.insert(unprocessed_.end(), processed_.begin(), processed_.end());
    gosort::sort(unprocessed_, MeanLess{}, sortVariant_);

    processed_.clear();
    processed_.push_back(unprocessed_[0]);
    processedWeight_ += unprocessedWeight_;
    unprocessedWeight_ = 0;
    double soFar = unprocessed_[0].weight;
    double limit = processedWeight_ * integratedQ(1.0);
    for (std::size_t i = 1; i < unprocessed_.size(); ++i) {
        const Centroid& centroid = unprocessed_[i];
        const double projected = soFar + centroid.weight;
        if (projected <= limit) {
            soFar = projected;
            absorb(processed_.back(), centroid);
        } else {
            const double k1 = integratedLocation(soFar / processedWeight_);
            limit = processedWeight_ * integratedQ(k1 + 1.0);
            soFar += centroid.weight;
            processed_.push_back(centroid);
        }
    }
    min_ = gomath::min(min_, processed_.front().mean);
    max_ = gomath::max(max_, processed_.back().mean);
    updateCumulative();
    unprocessed_.clear();
}

void TDigest::updateCumulative()
{
    cumulative_.resize(processed_.size() + 1);
    double prev = 0.0;
    for (std::size_t i = 0; i < processed_.size(); ++i) {
        const double cur = processed_[i].weight;
        cumulative_[i] = prev + cur / 2.0;
        prev = prev + cur;
    }
    cumulative_[processed_.size()] = prev;
}

double TDigest::quantile(double q)
{
    process();
    const std::size_t n = processed_.size();
    if (q < 0 || q > 1 || n == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (n == 1)
        return processed_[0].mean;
    const double index = q * processedWeight_;
    if (index <= processed_[0].weight / 2.0)
        return min_ + 2.0 * index / processed_[0].weight * (processed_[0].mean - min_);

    // sort.Search over cumulative: the first entry >= index (index > cumulative[0] here, so lower >= 1).
    const auto lower = static_cast<std::size_t>(std::lower_bound(cumulative_.begin(), cumulative_.end(), index) -
                                                cumulative_.begin());
    if (lower + 1 != cumulative_.size()) {
        const double z1 = index - cumulative_[lower - 1];
        const double z2 = cumulative_[lower] - index;
        return weightedAverage(processed_[lower - 1].mean, z2, processed_[lower].mean, z1);
    }
    const double z1 = index - processedWeight_ - processed_[lower - 1].weight / 2.0;
    const double z2 = (processed_[lower - 1].weight / 2.0) - z1;
    return weightedAverage(processed_[n - 1].mean, z1, max_, z2);
}

double TDigest::cdf(double x)
{
    process();
    const std::size_t n = processed_.size();
    if (n == 0)
        return 0.0;
    if (n == 1) {
        const double width = max_ - min_;
        if (x <= min_)
            return 0.0;
        if (x >= max_)
            return 1.0;
        if ((x - min_) <= width) // min and max too close together to interpolate
            return 0.5;
        return (x - min_) / width;
    }
    if (x <= min_)
        return 0.0;
    if (x >= max_)
        return 1.0;
    const double m0 = processed_[0].mean;
    if (x <= m0) { // left tail
        if (m0 - min_ > 0)
            return (x - min_) / (m0 - min_) * processed_[0].weight / processedWeight_ / 2.0;
        return 0.0;
    }
    const double mn = processed_[n - 1].mean;
    if (x >= mn) { // right tail
        if (max_ - mn > 0.0)
            return 1.0 - (max_ - x) / (max_ - mn) * processed_[n - 1].weight / processedWeight_ / 2.0;
        return 1.0;
    }
    // sort.Search: the first centroid whose mean is > x.
    const auto upper = static_cast<std::size_t>(
        std::upper_bound(processed_.begin(), processed_.end(), x,
                         [](double value, const Centroid& c) { return value < c.mean; }) -
        processed_.begin());
    const double z1 = x - processed_[upper - 1].mean;
    const double z2 = processed_[upper].mean - x;
    return weightedAverage(cumulative_[upper - 1], z2, cumulative_[upper], z1) / processedWeight_;
}

std::vector<Centroid> TDigest::centroids()
{
    process();
    return processed_;
}

double TDigest::count()
{
    process();
    double total = 0.0;
    for (const Centroid& c : processed_)
        total += c.weight;
    return total;
}

double TDigest::min()
{
    process();
    return min_;
}

double TDigest::max()
{
    process();
    return max_;
}

double TDigest::integratedQ(double k) const
{
    const double angle = gomath::min(k, compression_) * kPi / compression_ - kPi / 2.0;
    const double sine = trig_ == TrigImplementation::Go ? gomath::sin(angle) : std::sin(angle);
    return (sine + 1.0) / 2.0;
}

double TDigest::integratedLocation(double q) const
{
    const double arc = trig_ == TrigImplementation::Go ? gomath::asin(2.0 * q - 1.0) : std::asin(2.0 * q - 1.0);
    return compression_ * (arc + kPi / 2.0) / kPi;
}

} // namespace loadscope
