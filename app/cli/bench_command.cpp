// loadscope-cli bench: arguments only; the work is core/bench.
#include "command_line.h"
#include "commands.h"

#include "core/bench/phase_benchmark.h"

#include <charconv>
#include <filesystem>
#include <iostream>

namespace loadscope::cli {

namespace {

constexpr const char* kUsage =
    "Usage: loadscope-cli bench ROOT [--runs N] [--threads N] [--mode notebook|corrected]\n"
    "Times each phase of what `report` does on ROOT (discover; parse events, stats, log / CPU / QoE; assemble;\n"
    "timeline; segments; thresholds; progression; comparisons; quality; QoS summary; CSV text) over N runs\n"
    "(default 5) and prints median, min and max wall seconds, the median CPU seconds (all threads), each phase's\n"
    "share and its ratio to reading the same bytes (cat), and the peak RSS.\n";

bool parseCount(const std::string& text, unsigned& value)
{
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    return ec == std::errc() && end == text.data() + text.size();
}

} // namespace

int runBench(const Arguments& args)
{
    const CommandLine cl(args, {"runs", "threads", "mode"}, {"help"});
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
    const auto result = benchmarkFolder(root, static_cast<int>(runs), *mode, threads);
    std::cout << formatBenchmark(result);
    return kExitOk;
}

} // namespace loadscope::cli
