// loadscope-cli bench: arguments only; the work is core/bench.
#include "command_line.h"
#include "commands.h"

#include "core/bench/phase_benchmark.h"
#include "core/bench/report_cache_benchmark.h"
#include "core/cache/results_cache.h"
#include "core/util/phase_stopwatch.h"

#include <charconv>
#include <cstdio>
#include <unistd.h>
#include <filesystem>
#include <iostream>

namespace loadscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: loadscope-cli bench ROOT [--runs N] [--threads N] [--mode notebook|corrected] [--cache off|warm|both]\n"
    "Times each phase of what `report` does on ROOT (discover; parse events, stats, log / CPU / QoE; assemble;\n"
    "timeline; segments; thresholds; progression; comparisons; quality; QoS summary; CSV text) over N runs\n"
    "(default 5) and prints median, min and max wall seconds, the median CPU seconds (all threads), each phase's\n"
    "share and its ratio to reading the same bytes (cat), and the peak RSS.\n"
    "  --cache off    every file parsed (the re-open cache cold, or a folder opened for the first time)\n"
    "  --cache warm   a first run fills a re-open cache in a temporary folder (its time is printed), then every\n"
    "                 run reads the tests from it (an unchanged folder opened again); then `report` of the\n"
    "                 unchanged folder with its tables in the report cache, against cat\n"
    "  --cache both   (default) both tables, off first\n";

bool parseCount(const std::string& text, unsigned& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

// A re-open cache in a fresh temporary folder, filled by one timed run, then the benchmark reading from it.
std::string benchWithWarmCache(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads)
{
    namespace fs = std::filesystem;
    const fs::path folder = fs::temp_directory_path() / ("loadscope-bench-cache-" + std::to_string(::getpid()));
    auto cache = std::make_shared<ResultsCache>(CacheSettings{folder, std::uint64_t{1} << 40});
    const double wall = wallSecondsNow();
    benchmarkFolder(root, 1, mode, threads, cache);
    const double fillSeconds = wallSecondsNow() - wall;
    std::uint64_t cacheBytes = 0;
    std::error_code error;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file(error))
            cacheBytes += it->file_size(error);
    const BenchmarkResult warm = benchmarkFolder(root, runs, mode, threads, cache);
    double reportFillSeconds = 0;
    const BenchmarkResult report = benchmarkReportCache(root, runs, mode, threads, folder, reportFillSeconds);
    fs::remove_all(folder, error);
    char line[200];
    std::snprintf(line, sizeof line,
                  "== re-open cache warm: every test read from the cache (%.1f MB; the run that filled it, parsing "
                  "and storing, took %.2f s) ==\n",
                  static_cast<double>(cacheBytes) / 1e6, fillSeconds);
    std::string text = line + formatBenchmark(warm);
    std::snprintf(line, sizeof line,
                  "\n== report cache warm: `report` of the unchanged folder, its tables from the cache (the report "
                  "that filled it took %.2f s) ==\n",
                  reportFillSeconds);
    return text + line + formatBenchmark(report);
}

} // namespace

int runBench(const Arguments& args)
{
    const CommandLine cl(args, {"runs", "threads", "mode", "cache"}, {"help"});
    if (cl.has("help")) {
        std::cout << kUsage;
        return kExitOk;
    }
    unsigned runs = 5, threads = 0;
    if (!cl.ok() || cl.positional().size() != 1 || (cl.value("runs") && !parseCount(*cl.value("runs"), runs)) ||
        (cl.value("threads") && !parseCount(*cl.value("threads"), threads)) || runs == 0) {
        std::cerr << "loadscope-cli bench: " << (cl.ok() ? "bad arguments" : cl.error()) << '\n' << kUsage;
        return kExitUsage;
    }
    const std::optional<AnalysisMode> mode = parseAnalysisMode(cl.value("mode").value_or("corrected"));
    if (!mode) {
        std::cerr << "loadscope-cli bench: --mode is notebook or corrected\n";
        return kExitUsage;
    }
    const std::filesystem::path root = cl.positional()[0];
    if (!std::filesystem::is_directory(root / "stats")) {
        std::cerr << "loadscope-cli bench: no results folder at " << root << '\n';
        return kExitNoResults;
    }
    const std::string cache = cl.value("cache").value_or("both");
    if (cache != "off" && cache != "warm" && cache != "both") {
        std::cerr << "loadscope-cli bench: --cache is off, warm or both\n";
        return kExitUsage;
    }
    if (cache != "warm")
        std::cout << "== re-open cache off: every file parsed ==\n"
                  << formatBenchmark(benchmarkFolder(root, static_cast<int>(runs), *mode, threads));
    if (cache != "off")
        std::cout << (cache == "both" ? "\n" : "") << benchWithWarmCache(root, static_cast<int>(runs), *mode, threads);
    return kExitOk;
}

} // namespace loadscope::cli
