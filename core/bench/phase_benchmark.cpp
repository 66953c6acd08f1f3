#include "core/bench/phase_benchmark.h"

#include "core/pipeline/analysed_results.h"
#include "core/quality/quality_table.h"
#include "core/report/comparisons_table.h"
#include "core/report/report_writer.h"
#include "core/util/phase_stopwatch.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <thread>

namespace loadscope {

namespace {

struct RunPhase {
    std::string phase;
    double wall = 0, cpu = 0;
    bool overlapped = false;
};

void addSteps(std::vector<RunPhase>& into, const PhaseStopwatch& watch)
{
    for (const auto& t : watch.totals())
        into.push_back({t.phase, t.wallSeconds, t.cpuSeconds, false});
}

// The parse step runs every reader at once on the loader threads: its wall time is split by CPU share.
void addParsePhases(std::vector<RunPhase>& into, const LoadTimings& timings)
{
    const auto& steps = timings.steps.totals();
    const auto parse = std::find_if(steps.begin(), steps.end(),
                                    [](const PhaseTotal& t) { return t.phase == "parse files"; });
    const double wall = parse == steps.end() ? 0.0 : parse->wallSeconds;
    const std::pair<const char*, double> kinds[] = {
        {"parse events", timings.eventsCpu},
        {"parse stats (QoS)", timings.statsCpu},
        {"parse log / CPU / QoE", timings.logCpu + timings.resourcesCpu + timings.qoeCpu},
        {"read re-open cache", timings.cacheCpu}};
    double cpu = 0;
    for (const auto& kind : kinds)
        cpu += kind.second;
    for (const auto& [name, kindCpu] : kinds)
        if (kindCpu > 0 || std::string_view(name) != "read re-open cache")
            into.push_back({name, cpu > 0 ? wall * kindCpu / cpu : 0.0, kindCpu, true});
}

struct RunCounts {
    std::size_t tests = 0, users = 0, segments = 0, qosRows = 0;
    double statsReadCpu = 0, statsMergeCpu = 0;
};

// One run of everything `loadscope-cli report` does, with the CSV text kept in memory (the disk is not measured).
std::vector<RunPhase> timeOneRun(const std::filesystem::path& root, AnalysisMode mode, unsigned threads,
                                 const std::shared_ptr<TestCache>& cache, RunCounts& counts)
{
    std::vector<RunPhase> phases;
    LoadTimings loadTimings;
    PhaseStopwatch watch;
    AnalyseRequest request;
    request.root = root;
    request.analysis.mode = mode;
    request.threads = threads;
    request.loadTimings = &loadTimings;
    request.analysisLaps = &watch;
    request.cache = cache;
    const auto analysed = analyseResults(request);
    if (!analysed)
        return phases;
    for (const auto& t : loadTimings.steps.totals()) {
        if (t.phase == "parse files")
            addParsePhases(phases, loadTimings);
        else
            phases.push_back({t.phase, t.wallSeconds, t.cpuSeconds, false});
    }
    const Results& loaded = *analysed->results;
    const std::vector<TestAnalysis>& analyses = analysed->analyses;
    std::ostringstream csv;
    watch.restart();
    writeComparisonsCsv(csv, analyses);
    watch.lap("comparisons");
    writeQualityCsv(csv, loaded.tests, QualityMode::Corrected);
    watch.lap("quality");
    writeQosSummaryCsv(csv, analyses);
    watch.lap("QoS summary");
    writeSegmentsCsv(csv, analyses);
    writeThresholdsCsv(csv, analyses);
    writeProgressionCsv(csv, analyses);
    writeProblemsCsv(csv, analysed->problems.items());
    watch.lap("segments / thresholds / progression CSV text");
    addSteps(phases, watch);

    counts = {loaded.tests.size(), 0, 0, 0, loadTimings.statsReadCpu, loadTimings.statsMergeCpu};
    for (const auto& a : analyses) {
        counts.users += a.users.size();
        counts.segments += a.segments.size();
    }
    for (const auto& test : loaded.tests)
        for (const auto& table : test.qos.tables)
            counts.qosRows += table.rows();
    return phases;
}

double medianOf(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void record(std::vector<PhaseTiming>& phases, const RunPhase& run)
{
    auto it = std::find_if(phases.begin(), phases.end(), [&](const PhaseTiming& p) { return p.phase == run.phase; });
    if (it == phases.end())
        it = phases.insert(phases.end(), PhaseTiming{run.phase, {}, {}, run.overlapped});
    it->seconds.push_back(run.wall);
    it->cpuSeconds.push_back(run.cpu);
}

} // namespace

FolderBytes readAllBytes(const std::filesystem::path& root)
{
    FolderBytes bytes;
    std::vector<char> buffer(1 << 20);
    std::error_code ec;
    for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
         it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (ec || !it->is_regular_file(ec))
            continue;
        std::ifstream in(it->path(), std::ios::binary);
        std::uint64_t fileBytes = 0;
        while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) || in.gcount() > 0)
            fileBytes += static_cast<std::uint64_t>(in.gcount());
        bytes.all += fileBytes;
        if (it->path().filename() == "stats.json")
            bytes.stats += fileBytes;
        ++bytes.files;
    }
    return bytes;
}

double PhaseTiming::median() const
{
    return medianOf(seconds);
}

double PhaseTiming::cpuMedian() const
{
    return medianOf(cpuSeconds);
}

double PhaseTiming::min() const
{
    return seconds.empty() ? 0 : *std::min_element(seconds.begin(), seconds.end());
}

double PhaseTiming::max() const
{
    return seconds.empty() ? 0 : *std::max_element(seconds.begin(), seconds.end());
}

BenchmarkResult benchmarkFolder(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads,
                                const std::shared_ptr<TestCache>& cache)
{
    BenchmarkResult result;
    result.threads = threads ? threads : std::max(1u, std::thread::hardware_concurrency());
    for (int run = 0; run < runs; ++run) {
        const double catWall = wallSecondsNow(), catCpu = processCpuSecondsNow();
        const FolderBytes bytes = readAllBytes(root);
        record(result.phases, {"read bytes (cat)", wallSecondsNow() - catWall, processCpuSecondsNow() - catCpu, false});
        result.bytes = bytes.all;
        result.statsBytes = bytes.stats;
        result.files = bytes.files;

        RunCounts counts;
        const double wall = wallSecondsNow(), cpu = processCpuSecondsNow();
        const auto phases = timeOneRun(root, mode, threads, cache, counts);
        for (const auto& phase : phases)
            record(result.phases, phase);
        record(result.phases, {"total", wallSecondsNow() - wall, processCpuSecondsNow() - cpu, false});
        result.tests = counts.tests;
        result.users = counts.users;
        result.segments = counts.segments;
        result.qosRows = counts.qosRows;
        result.statsReadCpu.push_back(counts.statsReadCpu);
        result.statsMergeCpu.push_back(counts.statsMergeCpu);
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
    if (r.tests == 0) // nothing was loaded (the report cache): the folder's size only
        std::snprintf(line, sizeof line, "%zu files, %.1f MB (stats.json %.1f MB)\n", r.files,
                      static_cast<double>(r.bytes) / 1e6, static_cast<double>(r.statsBytes) / 1e6);
    else
        std::snprintf(line, sizeof line,
                      "%zu files, %.1f MB (stats.json %.1f MB), %zu tests, %zu users, %zu segments, "
                      "%zu QoS samples; %u loader threads\n",
                      r.files, static_cast<double>(r.bytes) / 1e6, static_cast<double>(r.statsBytes) / 1e6, r.tests,
                      r.users, r.segments, r.qosRows, r.threads);
    out << line;
    if (r.phases.empty())
        return out.str();
    const double cat = r.phases.front().median();
    const double total = r.phases.back().median();
    std::snprintf(line, sizeof line, "%-46s %9s %9s %9s %9s %7s %7s\n", "phase", "median s", "min s", "max s", "CPU s",
                  "share", "x cat");
    out << line;
    for (const auto& p : r.phases) {
        const std::string name = (p.overlapped ? "  ~" : "") + p.phase;
        std::snprintf(line, sizeof line, "%-46s %9.4f %9.4f %9.4f %9.4f %6.1f%% %7.2f\n", name.c_str(), p.median(),
                      p.min(), p.max(), p.cpuMedian(), total > 0 ? 100.0 * p.median() / total : 0.0,
                      cat > 0 ? p.median() / cat : 0.0);
        out << line;
    }
    if (std::any_of(r.phases.begin(), r.phases.end(), [](const PhaseTiming& p) { return p.overlapped; }))
        out << "~ the parsers run together on the loader threads: their wall time is that of the parallel step split\n"
               "  by their share of its CPU time. CSV text is built in memory (the report then writes it to disk).\n";
    const auto stats = std::find_if(r.phases.begin(), r.phases.end(),
                                    [](const PhaseTiming& p) { return p.phase == "parse stats (QoS)"; });
    if (stats != r.phases.end() && stats->cpuMedian() > 0) {
        const double megabytes = static_cast<double>(r.statsBytes) / 1e6;
        std::snprintf(line, sizeof line, "stats.json parsed at %.0f MB per CPU-second\n",
                      megabytes / stats->cpuMedian());
        out << line;
        std::vector<double> parses; // per run, so that the three parts come from the same runs
        for (std::size_t run = 0; run < stats->cpuSeconds.size() && run < r.statsReadCpu.size(); ++run)
            parses.push_back(stats->cpuSeconds[run] - r.statsReadCpu[run] - r.statsMergeCpu[run]);
        const double read = medianOf(r.statsReadCpu), merge = medianOf(r.statsMergeCpu), parse = medianOf(parses);
        if (parse > 0) {
            std::snprintf(line, sizeof line,
                          "  CPU s: reading the files %.3f, parsing %.3f (%.0f MB per CPU-second), adding the rows "
                          "to the tests' tables %.3f\n",
                          read, parse, megabytes / parse, merge);
            out << line;
        }
    }
    std::snprintf(line, sizeof line, "runs: %zu; peak RSS %.1f MB\n", r.phases.front().seconds.size(),
                  static_cast<double>(r.peakRssKb) / 1024.0);
    out << line;
    return out.str();
}

} // namespace loadscope
