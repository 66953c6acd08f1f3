// loadscope-cli generate: parses the arguments into GeneratorOptions and runs the generator; nothing else.
#include "command_line.h"
#include "commands.h"

#include "core/generate/results_generator.h"

#include <charconv>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <stdexcept>

namespace loadscope::cli {

namespace {

constexpr const char* kHelp = R"(Usage: loadscope-cli generate OUT [options]

Writes a realistic, seeded results folder (stats/, logs/, dfs_final/, qoe/) into OUT.
Same seed and options give byte-identical output on any machine.

Options:
  --seed N                random seed (default 1)
  --tests T...            tests to generate, short (kurento-2p, pion-3p-10s) or full
                          (loadtest-webrtc-2024-mediasoup-8p) names; servers kurento, mediasoup
                          (OpenVidu 2 events), pion (LiveKit events); topologies 2p, 8p, 3p-10s, 3p-40s.
                          Default: kurento-2p pion-8p mediasoup-3p-10s pion-3p-40s
  --sessions K            sessions per test, 1..1000 (default: 2 for 2p, 1 otherwise)
  --duration S            seconds from the test start to its end (default 600, 30..86400);
                          users join during the first ~55% of it. Size grows with sessions x duration:
                          about 1.5 MB of stats.json per 2p user for 600 s.
  --capacity-scale X      scales the media node's capacity (default 1); below 1 the CPU climbs
                          higher and more users fail and retry
  --crash T...            the media node of these tests dies at 70-80% of the test
  --layout 2024|2026      folder layout: 2024 (LoadTestSession<k>/User<u>, Spring Boot 2 log, default)
                          or 2026 (s<k>/u<u>, @timestamp, ISO log times with offset)
  --writer 2024|ansi|2026 how the files are written: 2024 (default), ansi (the controller log
                          captured through a terminal, with colour codes), 2026 (Spring Boot 4 log:
                          ISO times, [LOADTEST mode] prefixes, one-session start line,
                          results-<ts>.txt, websocket lines; the 2026 QoE script: compact cuts,
                          values clamped to [0, 1], MS-SSIM, PSNR, PSNR-HVS, SSIM, VIFp,
                          PSNR-HVS-M and PESQ besides VMAF and ViSQOL except for kurento, no file
                          for a recording whose alignment failed). The report of the folder is
                          the same for every writer, but for what it reads of the QoE cuts
  --media-node csv|metricbeat
                          the media node's CPU and memory as dfs_final/<test>-medianode.csv
                          (default, merged by hand as the notebook reads it) or as Metricbeat
                          exports them, dfs_final/<test>-medianode.ndjson (a cpu and a memory
                          document per 5 s period, other nodes' documents beside them). The
                          report is the same for both
  --threads N             writer threads (default: one per core)
  --force                 write into a non-empty OUT (files of the same name are overwritten,
                          other files are left alone)
  --help                  this text
)";

template <typename Number>
bool parseNumber(const std::string& text, Number& value)
{
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

int usageError(const std::string& message)
{
    std::cerr << "loadscope-cli generate: " << message << "\n(see loadscope-cli generate --help)\n";
    return kExitUsage;
}

bool parseSpecs(const std::vector<std::string>& names, std::vector<generate::GeneratedTestSpec>& specs,
                std::string& bad)
{
    for (const auto& name : names) {
        const auto spec = generate::parseTestSpec(name);
        if (!spec) {
            bad = name;
            return false;
        }
        specs.push_back(*spec);
    }
    return true;
}

} // namespace

int runGenerate(const Arguments& args)
{
    const CommandLine line(
        args, {"seed", "sessions", "duration", "capacity-scale", "layout", "writer", "media-node", "threads"},
        {"force", "help"}, {"tests", "crash"});
    if (!line.ok())
        return usageError(line.error());
    if (line.has("help")) {
        std::cout << kHelp;
        return kExitOk;
    }
    if (line.positional().size() != 1)
        return usageError("expected exactly one output folder OUT");

    generate::GeneratorOptions options;
    unsigned threads = 0;
    std::string bad;
    if (auto v = line.value("seed"); v && !parseNumber(*v, options.seed))
        return usageError("--seed needs a non-negative integer, not '" + *v + "'");
    if (auto v = line.value("sessions");
        v && (!parseNumber(*v, options.sessions) || options.sessions < 1 || options.sessions > 1000))
        return usageError("--sessions needs an integer from 1 to 1000, not '" + *v + "'");
    if (auto v = line.value("duration"); v && !parseNumber(*v, options.durationSeconds))
        return usageError("--duration needs a number of seconds, not '" + *v + "'");
    if (auto v = line.value("capacity-scale");
        v && (!parseNumber(*v, options.capacityScale) || !(options.capacityScale > 0)))
        return usageError("--capacity-scale needs a positive number, not '" + *v + "'");
    if (auto v = line.value("threads"); v && !parseNumber(*v, threads))
        return usageError("--threads needs a non-negative integer, not '" + *v + "'");
    if (auto v = line.value("layout")) {
        if (*v == "2026")
            options.layout = generate::ResultsLayout::Year2026;
        else if (*v != "2024")
            return usageError("--layout is 2024 or 2026, not '" + *v + "'");
    }
    if (auto v = line.value("writer")) {
        if (*v == "2026")
            options.writer = generate::WriterStyle::Year2026;
        else if (*v == "ansi")
            options.writer = generate::WriterStyle::Ansi;
        else if (*v != "2024")
            return usageError("--writer is 2024, ansi or 2026, not '" + *v + "'");
    }
    if (auto v = line.value("media-node")) {
        if (*v == "metricbeat")
            options.mediaNode = MediaNodeFormat::Metricbeat;
        else if (*v != "csv")
            return usageError("--media-node is csv or metricbeat, not '" + *v + "'");
    }
    if (line.has("tests") && !parseSpecs(line.values("tests"), options.tests, bad))
        return usageError("unknown test '" + bad + "' (expected e.g. kurento-2p or pion-3p-10s)");
    if (line.has("crash") && !parseSpecs(line.values("crash"), options.crashes, bad))
        return usageError("unknown test '" + bad + "' for --crash");
    options.force = line.has("force");

    const auto started = std::chrono::steady_clock::now();
    try {
        const auto summary = generate::generateResults(line.positional().front(), options, threads);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        const double megabytes = static_cast<double>(summary.bytes) / 1e6;
        char rate[128];
        std::snprintf(rate, sizeof rate, "%.1f MB in %.2f s (%.1f MB/s)", megabytes, seconds,
                      seconds > 0 ? megabytes / seconds : 0.0);
        std::cout << "wrote " << summary.tests.size() << " tests, " << summary.users << " users, " << summary.files
                  << " files, " << rate << " into " << line.positional().front() << '\n';
        for (const auto& name : summary.tests)
            std::cout << "  " << name << '\n';
        return kExitOk;
    } catch (const std::invalid_argument& e) {
        return usageError(e.what());
    } catch (const std::exception& e) {
        std::cerr << "loadscope-cli generate: " << e.what() << '\n';
        return kExitFailure;
    }
}

} // namespace loadscope::cli
