#include "core/stats/group_comparison.h"

#include "core/stats/anderson_darling.h"
#include "core/stats/kolmogorov_smirnov.h"
#include "core/stats/numpy_compatible.h"
#include "core/stats/outliers.h"
#include "core/stats/parametric_tests.h"
#include "core/stats/rank_tests.h"
#include "core/stats/shapiro_wilk.h"
#include "core/stats/spread_tests.h"

#include <cmath>

namespace loadscope::stats {

namespace {

std::optional<double> finite(double v)
{
    if (!std::isfinite(v))
        return std::nullopt;
    return v;
}

// Copies a test's two numbers into their cells, or records why they stay empty.
void put(const TestResult& r, std::optional<double>& statistic, std::optional<double>& p, const char* column,
         std::vector<std::string>& problems)
{
    statistic = r.statistic;
    p = r.pValue;
    if (!r.ok())
        problems.push_back(std::string(column) + ": " + r.problem);
}

} // namespace

ComparisonRow compareVariant(std::span<const double> x, std::span<const double> y, std::span<const double> cpuX,
                             std::span<const double> cpuY)
{
    ComparisonRow row;
    row.nX = x.size();
    row.nY = y.size();
    row.meanX = finite(pandasMean(x));
    row.meanY = finite(pandasMean(y));
    row.medianX = finite(median(x));
    row.medianY = finite(median(y));
    row.stdX = finite(pandasStd(x));
    row.stdY = finite(pandasStd(y));
    auto& problems = row.problems;

    const TestResult mwu = mannWhitneyU(x, y);
    put(mwu, row.u, row.pMwu, "u", problems);
    if (mwu.statistic)
        row.rankBiserial = rankBiserial(*mwu.statistic, x.size(), y.size());
    put(studentT(x, y), row.t, row.pT, "t", problems);
    row.cohenD = cohenD(x, y);
    if (!row.cohenD)
        problems.push_back("cohen_d: needs 2 values per group and a non-zero pooled standard deviation");
    put(shapiroWilk(x), row.shapiroXW, row.shapiroXP, "shapiro_x", problems);
    put(shapiroWilk(y), row.shapiroYW, row.shapiroYP, "shapiro_y", problems);
    put(brownForsythe(x, y), row.brownForsythe, row.pBrownForsythe, "brown_forsythe", problems);
    put(flignerKilleen(x, y), row.fligner, row.pFligner, "fligner", problems);
    put(kolmogorovSmirnov(x, y), row.ks, row.pKs, "ks", problems);
    put(andersonDarling(x, y), row.andersonDarling, row.pAndersonDarling, "anderson_darling", problems);
    put(kruskalWallis(x, y), row.kruskalH, row.pKruskal, "kruskal", problems);
    if (!cpuX.empty())
        put(pearson(cpuX, x), row.pearsonXR, row.pearsonXP, "pearson_x", problems);
    if (!cpuY.empty())
        put(pearson(cpuY, y), row.pearsonYR, row.pearsonYP, "pearson_y", problems);
    return row;
}

GroupComparison compareGroups(const ComparisonInput& input, bool notebookCompatible)
{
    GroupComparison result;
    if (input.x.size() != input.cpuX.size() || input.y.size() != input.cpuY.size()) {
        result.problem = "metric and CPU median series differ in length";
        return result;
    }
    if (input.x.empty() || input.y.empty()) {
        result.problem = "not enough data: a group is empty";
        return result;
    }
    result.raw = compareVariant(input.x, input.y, input.cpuX, input.cpuY);

    const std::vector<bool> outX = iqrOutlierMask(input.x);
    const std::vector<bool> outY = iqrOutlierMask(input.y);
    const std::vector<double> cleanX = withoutOutliers(input.x, outX), cleanY = withoutOutliers(input.y, outY);
    const std::size_t outliersX = input.x.size() - cleanX.size();
    const std::size_t outliersY = input.y.size() - cleanY.size();
    result.raw->outliersX = outliersX;
    result.raw->outliersY = outliersY;
    if (cleanX.empty() || cleanY.empty()) {
        result.problem = "clean variant: a group has no values left after removing outliers";
        return result;
    }
    const std::vector<double> cleanCpuX = withoutOutliers(input.cpuX, outX),
                              cleanCpuY = withoutOutliers(input.cpuY, outY);
    // The reference script leaves clean Pearson empty where the notebook would have crashed.
    const bool skipX = notebookCompatible && outliersX > 0;
    const bool skipY = notebookCompatible && outliersY > 0;
    result.clean = compareVariant(cleanX, cleanY, skipX ? std::span<const double>() : cleanCpuX,
                                  skipY ? std::span<const double>() : cleanCpuY);
    result.clean->outliersX = outliersX;
    result.clean->outliersY = outliersY;
    if (skipX || skipY)
        result.clean->problems.push_back("pearson: left empty for a group with outliers (notebook-compatible mode)");
    return result;
}

} // namespace loadscope::stats
