#include "core/bench/report_cache_benchmark.h"

#include "core/report/report.h"
#include "core/util/phase_stopwatch.h"

#include <algorithm>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

namespace loadscope {

BenchmarkResult benchmarkReportCache(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads,
                                     const std::filesystem::path& folder, double& fillSeconds)
{
    namespace fs = std::filesystem;
    ReportOptions options;
    options.root = root;
    options.out = fs::temp_directory_path() / ("loadscope-bench-report-" + std::to_string(::getpid()));
    options.analysis.mode = mode;
    options.threads = threads;
    options.reportCache = CacheSettings{folder, std::uint64_t{1} << 40};
    const double fillWall = wallSecondsNow();
    writeReport(options);
    fillSeconds = wallSecondsNow() - fillWall;

    BenchmarkResult result;
    result.threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    PhaseTiming cat{"read bytes (cat)", {}, {}, false}, total{"total", {}, {}, false};
    for (int run = 0; run < runs; ++run) {
        double wall = wallSecondsNow(), cpu = processCpuSecondsNow();
        const FolderBytes bytes = readAllBytes(root);
        cat.seconds.push_back(wallSecondsNow() - wall);
        cat.cpuSeconds.push_back(processCpuSecondsNow() - cpu);
        result.bytes = bytes.all;
        result.statsBytes = bytes.stats;
        result.files = bytes.files;
        wall = wallSecondsNow();
        cpu = processCpuSecondsNow();
        const ReportOutcome outcome = writeReport(options);
        total.seconds.push_back(wallSecondsNow() - wall);
        total.cpuSeconds.push_back(processCpuSecondsNow() - cpu);
        if (!outcome.fromCache)
            total.phase = "total (NOT from the report cache)";
    }
    std::error_code error;
    fs::remove_all(options.out, error);
    result.phases = {cat, total};
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    result.peakRssKb = usage.ru_maxrss;
    return result;
}

} // namespace loadscope
