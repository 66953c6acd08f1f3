#include "core/stats/parametric_tests.h"

#include "core/stats/distributions.h"
#include "core/stats/numpy_compatible.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace loadscope::stats {

namespace {

bool allEqual(std::span<const double> v)
{
    return std::all_of(v.begin(), v.end(), [&](double e) { return e == v.front(); });
}

double sign(double v)
{
    return (v > 0) - (v < 0);
}

} // namespace

TestResult studentT(std::span<const double> x, std::span<const double> y)
{
    if (x.size() < 2 || y.size() < 2) {
        // SciPy returns NaN here: a one-value group has no sample variance.
        return TestResult::failure("not enough data: the t-test needs at least 2 values in each group");
    }
    if (containsNaN(x) || containsNaN(y))
        return TestResult::failure("t-test: the values contain NaN");
    const double n1 = static_cast<double>(x.size());
    const double n2 = static_cast<double>(y.size());
    const double v1 = scipyVariance(x, 1);
    const double v2 = scipyVariance(y, 1);
    const double df = n1 + n2 - 2.0;
    const double pooledVariance = ((n1 - 1.0) * v1 + (n2 - 1.0) * v2) / df;
    const double denominator = std::sqrt(pooledVariance * (1.0 / n1 + 1.0 / n2));
    if (denominator == 0.0)
        return TestResult::failure("t-test: both groups have zero variance");
    const double t = (numpyMean(x) - numpyMean(y)) / denominator;
    const double p = studentTCdf(-std::abs(t), df) * 2.0;
    return TestResult::of(t, p, "t-test: no finite result");
}

TestResult pearson(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size())
        return TestResult::failure("Pearson: the two series differ in length");
    const std::size_t n = a.size();
    if (n < 2)
        return TestResult::failure("not enough data: Pearson needs at least 2 pairs");
    if (containsNaN(a) || containsNaN(b))
        return TestResult::failure("Pearson: the values contain NaN");
    if (allEqual(a) || allEqual(b))
        return TestResult::failure("Pearson: an input is constant, the correlation is not defined");
    if (n == 2)
        return TestResult::of(sign(a[1] - a[0]) * sign(b[1] - b[0]), 1.0, "Pearson: no finite result");

    const double meanA = numpyMean(a);
    const double meanB = numpyMean(b);
    std::vector<double> da(n), db(n);
    double normA = 0.0, normB = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        da[i] = a[i] - meanA;
        db[i] = b[i] - meanB;
        normA += da[i] * da[i];
        normB += db[i] * db[i];
    }
    normA = std::sqrt(normA);
    normB = std::sqrt(normB);
    double r = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        r += (da[i] / normA) * (db[i] / normB);
    r = std::clamp(r, -1.0, 1.0);
    const double shape = static_cast<double>(n) / 2.0 - 1.0;
    // r ~ Beta(shape, shape) on [-1, 1] under H0.
    const double p = 2.0 * regularizedBetaComplement(shape, shape, (std::abs(r) + 1.0) / 2.0);
    return TestResult::of(r, p, "Pearson: no finite result");
}

std::optional<double> cohenD(std::span<const double> x, std::span<const double> y)
{
    if (x.size() < 2 || y.size() < 2)
        return std::nullopt;
    const double nx = static_cast<double>(x.size());
    const double ny = static_cast<double>(y.size());
    const double sx = pandasStd(x);
    const double sy = pandasStd(y);
    const double pooled = std::sqrt(((nx - 1.0) * (sx * sx) + (ny - 1.0) * (sy * sy)) / (nx + ny - 2.0));
    const double d = (pandasMean(x) - pandasMean(y)) / pooled;
    if (!std::isfinite(d))
        return std::nullopt;
    return d;
}

} // namespace loadscope::stats
