#include "core/stats/kernel_density.h"

#include <cmath>
#include <numbers>

namespace loadscope {

namespace {

// numpy.cov with the equal aweights gaussian_kde passes: weighted mean, then the sum of squared deviations
// divided by 1 - 1/n (= (n - 1) / n with weights summing to 1).
double kdeVariance(std::span<const double> values)
{
    const double n = static_cast<double>(values.size());
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= n;
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return squares / (n - 1);
}

} // namespace

KernelDensity::KernelDensity(std::vector<double> values, double factor, double bandwidth)
    : values_(std::move(values)), factor_(factor), bandwidth_(bandwidth)
{
}

std::optional<KernelDensity> KernelDensity::fit(std::span<const double> values, std::string* why)
{
    auto refuse = [why](const char* reason) {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    if (values.size() < 2)
        return refuse("a density needs at least 2 values");
    for (double v : values)
        if (!std::isfinite(v))
            return refuse("a density needs finite values");
    const double variance = kdeVariance(values);
    if (!(variance > 0))
        return refuse("all values are equal: no spread to estimate a density from");
    const double factor = std::pow(static_cast<double>(values.size()), -1.0 / 5.0);
    // SciPy: covariance = data covariance * factor^2, then its Cholesky factor (a square root in 1-D).
    return KernelDensity({values.begin(), values.end()}, factor, std::sqrt(variance * factor * factor));
}

double KernelDensity::operator()(double at) const
{
    // SciPy's order of operations (gaussian_kernel_estimate): data and point are each divided by the bandwidth
    // before they are subtracted, and every term is weighted by 1/n before it is summed.
    const double norm = std::pow(2.0 * std::numbers::pi, -0.5) / bandwidth_;
    const double weight = 1.0 / static_cast<double>(values_.size());
    const double point = at / bandwidth_;
    double sum = 0;
    for (double v : values_) {
        const double residual = v / bandwidth_ - point;
        sum += weight * (std::exp(-(residual * residual) / 2.0) * norm);
    }
    return sum;
}

std::vector<double> KernelDensity::evaluate(std::span<const double> points) const
{
    std::vector<double> out;
    out.reserve(points.size());
    for (double p : points)
        out.push_back((*this)(p));
    return out;
}

std::vector<double> linearSpace(double from, double to, int count)
{
    std::vector<double> out;
    if (count <= 0)
        return out;
    if (count == 1)
        return {from};
    const double step = (to - from) / (count - 1);
    for (int i = 0; i < count; ++i)
        out.push_back(from + step * i);
    out.back() = to;
    return out;
}

} // namespace loadscope
