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

ComparisonRow compareVariant(const SortedGroup& x, const SortedGroup& y, std::span<const double> cpuX,
                             std::span<const double> cpuY)
{
    ComparisonRow row;
    row.nX = x.size();
    row.nY = y.size();
    row.meanX = finite(pandasMean(x.values()));
    row.meanY = finite(pandasMean(y.values()));
    row.medianX = finite(x.median());
    row.medianY = finite(y.median());
    row.stdX = finite(pandasStd(x.values()));
    row.stdY = finite(pandasStd(y.values()));
    auto& problems = row.problems;

    const TestResult mwu = mannWhitneyU(x, y);
    put(mwu, row.u, row.pMwu, "u", problems);
    if (mwu.statistic)
        row.rankBiserial = rankBiserial(*mwu.statistic, x.size(), y.size());
    put(studentT(x.values(), y.values()), row.t, row.pT, "t", problems);
    row.cohenD = cohenD(x.values(), y.values());
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
        put(pearson(cpuX, x.values()), row.pearsonXR, row.pearsonXP, "pearson_x", problems);
    if (!cpuY.empty())
        put(pearson(cpuY, y.values()), row.pearsonYR, row.pearsonYP, "pearson_y", problems);
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
    // Each group is sorted once here; the clean groups filter those sorted values instead of sorting again.
    const SortedGroup x(input.x), y(input.y);
    result.raw = compareVariant(x, y, input.cpuX, input.cpuY);

    const IqrFences fencesX = iqrFencesOfSorted(x.sorted()), fencesY = iqrFencesOfSorted(y.sorted());
    auto keeper = [](const IqrFences& fences) { return [&fences](double v) { return !fences.isOutlier(v); }; };
    std::vector<double> cleanX, cleanY;
    const SortedGroup cleanGroupX = x.filtered(keeper(fencesX), cleanX);
    const SortedGroup cleanGroupY = y.filtered(keeper(fencesY), cleanY);
    const std::size_t outliersX = input.x.size() - cleanX.size();
    const std::size_t outliersY = input.y.size() - cleanY.size();
    result.raw->outliersX = outliersX;
    result.raw->outliersY = outliersY;
    if (cleanX.empty() || cleanY.empty()) {
        result.problem = "clean variant: a group has no values left after removing outliers";
        return result;
    }
    // The reference script leaves clean Pearson empty where the notebook would have crashed.
    const bool skipX = notebookCompatible && outliersX > 0;
    const bool skipY = notebookCompatible && outliersY > 0;
    auto cleanCpu = [](std::span<const double> values, std::span<const double> cpu, const IqrFences& fences) {
        std::vector<double> kept;
        kept.reserve(cpu.size());
        for (std::size_t i = 0; i < values.size(); ++i)
            if (!fences.isOutlier(values[i]))
                kept.push_back(cpu[i]);
        return kept;
    };
    const std::vector<double> cleanCpuX = skipX ? std::vector<double>() : cleanCpu(input.x, input.cpuX, fencesX);
    const std::vector<double> cleanCpuY = skipY ? std::vector<double>() : cleanCpu(input.y, input.cpuY, fencesY);
    result.clean = compareVariant(cleanGroupX, cleanGroupY, cleanCpuX, cleanCpuY);
    result.clean->outliersX = outliersX;
    result.clean->outliersY = outliersY;
    if (skipX || skipY)
        result.clean->problems.push_back("pearson: left empty for a group with outliers (notebook-compatible mode)");
    return result;
}

} // namespace loadscope::stats
