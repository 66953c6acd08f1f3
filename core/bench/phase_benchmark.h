#pragma once
// Times each phase of opening, analysing and reporting a results folder, several runs, against reading the
// same bytes (cat): discover, parse events / stats / log, CPU and QoE, assemble, timeline, segments,
// thresholds, progression, comparisons, quality, QoS, CSV writing.
#include "core/analysis/analysis_mode.h"
#include "core/load/test_cache.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace loadscope {

struct PhaseTiming {
    std::string phase;
    std::vector<double> seconds;    // wall, one per run
    std::vector<double> cpuSeconds; // CPU of all threads, one per run
    bool overlapped = false;        // ran at the same time as its neighbours: wall is the CPU share of theirs
    double median() const;
    double cpuMedian() const;
    double min() const;
    double max() const;
};

struct BenchmarkResult {
    std::vector<PhaseTiming> phases; // "read bytes (cat)" first, "total" last
    std::uint64_t bytes = 0, statsBytes = 0;
    std::size_t files = 0, tests = 0, users = 0, segments = 0, qosRows = 0;
    unsigned threads = 0;
    long peakRssKb = 0;
    // Parts of "parse stats (QoS)", one per run: reading the files, adding their rows to the tests' tables.
    std::vector<double> statsReadCpu, statsMergeCpu;
};

struct FolderBytes {
    std::uint64_t all = 0, stats = 0;
    std::size_t files = 0;
};
// Reads every regular file below root, as `cat` would: the floor for any loader.
FolderBytes readAllBytes(const std::filesystem::path& root);

// `cache`: the re-open cache every run reads (and stores into); none: every file parsed.
BenchmarkResult benchmarkFolder(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads,
                                const std::shared_ptr<TestCache>& cache = {});

// A plain-text table: phase, wall median / min / max, CPU median, share of the total, ratio to reading the bytes.
std::string formatBenchmark(const BenchmarkResult& result);

} // namespace loadscope
