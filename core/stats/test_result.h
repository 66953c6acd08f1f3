#pragma once
// The outcome of one statistical test: both numbers, or neither and a sentence saying why.
// A NaN is never handed out as a result: SciPy's NaN / infinite statistics become a message here.
#include <cmath>
#include <optional>
#include <string>

namespace loadscope::stats {

struct TestResult {
    std::optional<double> statistic;
    std::optional<double> pValue;
    std::string problem; // empty when computed

    bool ok() const { return statistic.has_value() && pValue.has_value(); }

    static TestResult failure(std::string why) { return {std::nullopt, std::nullopt, std::move(why)}; }
    // Refuses non-finite numbers so callers never see them (see file comment).
    static TestResult of(double statistic, double pValue, const char* whatIfNotFinite)
    {
        if (!std::isfinite(statistic) || !std::isfinite(pValue))
            return failure(whatIfNotFinite);
        return {statistic, pValue, {}};
    }
};

} // namespace loadscope::stats
