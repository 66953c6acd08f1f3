#pragma once
// Times each phase of opening and analysing a results folder, several runs, against reading the same bytes.
#include "core/analysis/analysis_mode.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace loadscope {

struct PhaseTiming {
    std::string phase;
    std::vector<double> seconds;  // one per run
    double median() const;
    double min() const;
    double max() const;
};

struct BenchmarkResult {
    std::vector<PhaseTiming> phases;  // "read bytes (cat)" first, "total" last
    std::uint64_t bytes = 0;
    std::size_t files = 0, tests = 0, users = 0, segments = 0, qosRows = 0;
    long peakRssKb = 0;
};

BenchmarkResult benchmarkFolder(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads);

// A plain-text table: phase, median, min, max, share of the total, ratio to reading the bytes.
std::string formatBenchmark(const BenchmarkResult& result);

} // namespace loadscope
