#include "core/bench/phase_benchmark.h"

#include "core/analysis/qos_summary.h"
#include "core/analysis/test_analysis.h"
#include "core/load/results_loader.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/resource.h>

namespace loadscope {

namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t0)
{
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Reads every regular file below root, as `cat` would: the floor for any loader.
std::uint64_t readAllBytes(const std::filesystem::path& root, std::size_t& files)
{
    std::uint64_t bytes = 0;
    std::vector<char> buffer(1 << 20);
    files = 0;
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec || !it->is_regular_file(ec))
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
            bytes += static_cast<std::uint64_t>(in.gcount());
        ++files;
    }
    return bytes;
}

std::vector<double> sorted(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

double PhaseTiming::median() const
{
    const auto v = sorted(seconds);
    if (v.empty())
        return 0;
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

double PhaseTiming::min() const
{
    return seconds.empty() ? 0 : *std::min_element(seconds.begin(), seconds.end());
}

double PhaseTiming::max() const
{
    return seconds.empty() ? 0 : *std::max_element(seconds.begin(), seconds.end());
}

BenchmarkResult benchmarkFolder(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads)
{
    BenchmarkResult result;
    result.phases = {{"read bytes (cat)", {}}, {"load (parse all files)", {}}, {"analyse (timeline, segments, "
                                                                                "thresholds, progression)", {}},
                     {"QoS summary", {}}, {"total (load + analyse + QoS)", {}}};
    for (int run = 0; run < runs; ++run) {
        auto t0 = Clock::now();
        result.bytes = readAllBytes(root, result.files);
        result.phases[0].seconds.push_back(since(t0));

        const auto start = Clock::now();
        t0 = Clock::now();
        LoadOptions options;
        options.threads = threads;
        const auto loaded = loadResults(root, options);
        result.phases[1].seconds.push_back(since(t0));
        if (!loaded)
            break;

        t0 = Clock::now();
        AnalysisOptions analysis;
        analysis.mode = mode;
        ProblemList problems;
        std::size_t segments = 0, users = 0;
        for (const auto& test : loaded->tests) {
            const TestAnalysis a = analyseTest(test, analysis, problems);
            segments += a.segments.size();
            users += a.users.size();
        }
        result.phases[2].seconds.push_back(since(t0));

        t0 = Clock::now();
        for (const auto& test : loaded->tests)
            summariseQos(test.qos, mode);
        result.phases[3].seconds.push_back(since(t0));
        result.phases[4].seconds.push_back(since(start));

        result.tests = loaded->tests.size();
        result.users = users;
        result.segments = segments;
        result.qosRows = 0;
        for (const auto& test : loaded->tests)
            for (const auto& table : test.qos.tables)
                result.qosRows += table.rows();
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    result.peakRssKb = usage.ru_maxrss;
    return result;
}

std::string formatBenchmark(const BenchmarkResult& r)
{
    std::ostringstream out;
    char line[256];
    std::snprintf(line, sizeof line, "%zu files, %.1f MB, %zu tests, %zu users, %zu segments, %zu QoS samples\n",
                  r.files, static_cast<double>(r.bytes) / 1e6, r.tests, r.users, r.segments, r.qosRows);
    out << line;
    const double cat = r.phases.front().median();
    const double total = r.phases.back().median();
    std::snprintf(line, sizeof line, "%-58s %9s %9s %9s %7s %8s\n", "phase", "median s", "min s", "max s", "share",
                  "x cat");
    out << line;
    for (const auto& p : r.phases) {
        std::snprintf(line, sizeof line, "%-58s %9.4f %9.4f %9.4f %6.1f%% %8.2f\n", p.phase.c_str(), p.median(),
                      p.min(), p.max(), total > 0 ? 100.0 * p.median() / total : 0.0,
                      cat > 0 ? p.median() / cat : 0.0);
        out << line;
    }
    std::snprintf(line, sizeof line, "runs: %zu; peak RSS %.1f MB\n", r.phases.front().seconds.size(),
                  static_cast<double>(r.peakRssKb) / 1024.0);
    out << line;
    return out.str();
}

} // namespace loadscope
