#pragma once
// One row of the report's comparisons.csv: every statistic the notebook computes when it compares a
// metric between segments below and above a CPU threshold (notebook-semantics.md rule 11).
#include "core/stats/sorted_group.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace loadscope::stats {

// Fields in comparisons.csv order; an empty optional is an empty cell.
struct ComparisonRow {
    std::size_t nX = 0, nY = 0;
    std::optional<double> meanX, meanY, medianX, medianY, stdX, stdY;
    std::size_t outliersX = 0, outliersY = 0; // IQR outliers of the raw groups (same in both variants)
    std::optional<double> u, pMwu, rankBiserial;
    std::optional<double> t, pT, cohenD;
    std::optional<double> shapiroXW, shapiroXP, shapiroYW, shapiroYP;
    std::optional<double> brownForsythe, pBrownForsythe, fligner, pFligner;
    std::optional<double> ks, pKs, andersonDarling, pAndersonDarling, kruskalH, pKruskal;
    std::optional<double> pearsonXR, pearsonXP, pearsonYR, pearsonYP;
    std::vector<std::string> problems; // why cells are empty, one sentence each
};

struct ComparisonInput {
    std::span<const double> x, y;       // metric values of the two groups
    std::span<const double> cpuX, cpuY; // CPU median of the same rows (paired, same lengths)
};

struct GroupComparison {
    std::optional<ComparisonRow> raw;   // empty when a group is empty (the notebook skips the case)
    std::optional<ComparisonRow> clean; // IQR outliers removed from each group; empty if a group empties
    std::string problem;                // why raw / clean are missing
};

// notebookCompatible: leave clean-variant Pearson cells empty for a group that had outliers, as the
// reference script does (the notebook paired uncleaned CPU with the cleaned metric and crashed).
// Otherwise the clean variant pairs the cleaned metric with the CPU medians of the kept rows.
GroupComparison compareGroups(const ComparisonInput& input, bool notebookCompatible);

// Statistics of one variant; cpu spans may be empty to skip Pearson.
ComparisonRow compareVariant(const SortedGroup& x, const SortedGroup& y, std::span<const double> cpuX,
                             std::span<const double> cpuY);

} // namespace loadscope::stats
