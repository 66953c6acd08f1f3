#pragma once
// A one-dimensional Gaussian kernel density estimate with Scott's bandwidth, as scipy.stats.gaussian_kde
// (SciPy 1.10) computes it: kernel sigma = sample std (n - 1) * n^(-1/5), equal weights. Plain C++, no Qt, so
// the violin plots' shapes can be held to SciPy's numbers in a core-style test.
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace loadscope {

class KernelDensity {
public:
    // nullopt when SciPy would refuse the data too (fewer than 2 values, all values equal, or a non-finite
    // value); `why` then says which, for the plot's tooltip.
    static std::optional<KernelDensity> fit(std::span<const double> values, std::string* why = nullptr);

    double scottFactor() const { return factor_; }  // n^(-1/5)
    double bandwidth() const { return bandwidth_; } // the kernel's standard deviation
    double operator()(double at) const;             // the density at one point
    std::vector<double> evaluate(std::span<const double> points) const;

private:
    KernelDensity(std::vector<double> values, double factor, double bandwidth);

    std::vector<double> values_;
    double factor_ = 0, bandwidth_ = 0;
};

// `count` points evenly spaced from `from` to `to` inclusive (numpy.linspace).
std::vector<double> linearSpace(double from, double to, int count);

} // namespace loadscope
