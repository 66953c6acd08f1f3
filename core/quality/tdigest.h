#pragma once
// The t-digest of github.com/influxdata/tdigest v0.0.1 (a port of Derrick Burns' C++ tdigest.h), as the Go
// quality-attenuation package uses it. Newer t-digests (Dunning's MergingDigest, ...) give other numbers.
//
// Like the Go code, every query first folds pending samples into the centroids (process()), so queries are not
// const, and querying between additions changes the later results exactly as it does in Go.
#include "core/quality/go_sort.h"

#include <vector>

namespace loadscope {

struct Centroid {
    double mean = 0.0;
    double weight = 0.0;
};

// Which sin/asin the merge limits use: Go's Cephes port (bit-exact with Go) or the C library's (to measure
// whether the port matters).
enum class TrigImplementation { Go, Libc };

class TDigest {
public:
    explicit TDigest(double compression = 50.0,
                     gosort::XorshiftVariant sortVariant = gosort::XorshiftVariant::CurrentGo,
                     TrigImplementation trig = TrigImplementation::Go);

    // NaN is ignored (as in Go); the weight is taken as given.
    void add(double x, double weight);

    double quantile(double q); // q in [0, 1]; NaN outside it or with no data
    double cdf(double x);      // 0 with no data
    std::vector<Centroid> centroids();
    double count(); // the summed weight of the centroids
    double compression() const { return compression_; }
    gosort::XorshiftVariant sortVariant() const { return sortVariant_; }
    // The extremes the digest tracks: centroid means, not the true sample extremes (Go's behaviour).
    double min();
    double max();

private:
    void addCentroid(Centroid c);
    void process();
    void updateCumulative();
    double integratedQ(double k) const;
    double integratedLocation(double q) const;

    double compression_;
    gosort::XorshiftVariant sortVariant_;
    TrigImplementation trig_;
    std::size_t maxProcessed_;
    std::size_t maxUnprocessed_;
    std::vector<Centroid> processed_;
    std::vector<Centroid> unprocessed_;
    std::vector<double> cumulative_;
    double processedWeight_ = 0.0;
    double unprocessedWeight_ = 0.0;
    double min_;
    double max_;
};

} // namespace loadscope
