// loadscope-cli quality-attenuation: the t-digest quality attenuation and QoO of a latency sample, as JSON.
#include "command_line.h"
#include "commands.h"

#include "core/quality/go_compat.h"
#include "core/quality/latency_sample_file.h"
#include "core/quality/qoo.h"
#include "core/quality/qoo_requirement_file.h"
#include "core/quality/quality_attenuation.h"
#include "core/quality/quality_json.h"

#include <fstream>
#include <iostream>
#include <optional>
#include <string>

namespace loadscope::cli {
namespace {

void printQualityUsage(std::ostream& out)
{
    out << "Usage: loadscope-cli quality-attenuation [FILE|-] [--compat go|go1.19] [--requirement FILE|PRESET]\n"
           "                                        [--merge FILE2]\n\n"
           "Reads one latency sample in seconds per line (blank lines and '#' comments skipped; '-' or no FILE\n"
           "reads standard input) and prints its quality attenuation as JSON: counts, moments, RPM, loss,\n"
           "percentiles, PDV, the gaming QoO, the QoO for --requirement, the 256-bin CableLabs histogram and\n"
           "the t-digest centroids.\n\n"
           "  --compat go           reproduce the Go package (goresponsiveness) bit for bit, faults included,\n"
           "                        as built by "
        << findGoCompat("go")->releases
        << ";\n"
           "                        the default corrects them (empty merges, losses in the histogram, QoO\n"
           "                        without data, NaN samples, true extremes for percentiles 0 and 100)\n"
           "  --compat go1.19       the same as built by "
        << findGoCompat("go1.19")->releases
        << ", whose sort.Sort orders\n"
           "                        equal latencies otherwise (another xorshift): on samples with many ties\n"
           "                        the t-digest, percentiles and histogram differ from --compat go\n"
           "  --requirement R       a QoO requirement (draft-ietf-ippm-qoo): a preset (";
    bool first = true;
    for (const QooRequirement& preset : qooPresets()) {
        out << (first ? "" : ", ") << preset.name;
        first = false;
    }
    out << ")\n"
           "                        or a JSON file: {\"name\": \"...\", \"latency\": [{\"percentile\": 99,\n"
           "                        \"rop_ms\": 200, \"cpup_ms\": 500}], \"loss\": {\"rop_percent\": 1,\n"
           "                        \"cpup_percent\": 5}, \"min_throughput_mbps\": 4}\n"
           "  --merge FILE2         merge the sample of FILE2 into FILE's before any query\n\n"
           "Exit codes: 0 success, 1 failure (unreadable or bad input), 2 bad usage.\n";
}

// Reads `path` ("-" = standard input) into `sample`; on failure returns the message naming file and line.
std::optional<std::string> readInto(const std::string& path, SimpleQualityAttenuation& sample)
{
    LatencySampleRead read;
    const std::string name = path == "-" ? "<stdin>" : path;
    if (path == "-") {
        read = readLatencySamples(std::cin, name);
    } else {
        std::ifstream in(path);
        if (!in)
            return path + ": cannot open the sample file";
        read = readLatencySamples(in, name);
    }
    if (!read.error.empty())
        return read.error;
    for (const LatencySample& s : read.samples)
        if (auto error = sample.addSample(s.seconds))
            return name + ":" + std::to_string(s.line) + ": " + *error;
    return std::nullopt;
}

// A preset name, else a JSON requirement file.
std::optional<QooRequirement> resolveRequirement(const std::string& spec, std::string& error)
{
    if (const QooRequirement* preset = findQooPreset(spec))
        return *preset;
    QooRequirementParse parsed = loadQooRequirementFile(spec);
    if (!parsed.requirement)
        error = parsed.error + " (not a preset name either; --help lists the presets)";
    return parsed.requirement;
}

} // namespace

int runQualityAttenuation(const Arguments& args)
{
    const CommandLine line(args, {"compat", "requirement", "merge"}, {"help"});
    if (!line.ok()) {
        std::cerr << "loadscope-cli quality-attenuation: " << line.error() << '\n';
        printQualityUsage(std::cerr);
        return kExitUsage;
    }
    if (line.has("help")) {
        printQualityUsage(std::cout);
        return kExitOk;
    }
    if (line.positional().size() > 1) {
        std::cerr << "loadscope-cli quality-attenuation: one sample file at most (use --merge for a second)\n";
        return kExitUsage;
    }
    QualityMode mode = QualityMode::Corrected;
    gosort::XorshiftVariant goSort = gosort::XorshiftVariant::CurrentGo;
    if (const auto compat = line.value("compat")) {
        const GoCompat* found = findGoCompat(*compat);
        if (!found) {
            std::cerr << "loadscope-cli quality-attenuation: --compat takes";
            for (const GoCompat& known : kGoCompats)
                std::cerr << (known.name == kGoCompats[0].name ? " \"" : " or \"") << known.name << '"';
            std::cerr << ", not \"" << *compat << "\"\n";
            return kExitUsage;
        }
        mode = QualityMode::GoCompatible;
        goSort = found->sort;
    }

    std::optional<QooRequirement> requirement;
    if (const auto spec = line.value("requirement")) {
        std::string error;
        requirement = resolveRequirement(*spec, error);
        if (!requirement) {
            std::cerr << "loadscope-cli quality-attenuation: " << error << '\n';
            return kExitFailure;
        }
    }

    SimpleQualityAttenuation sample(mode, goSort);
    const std::string path = line.positional().empty() ? "-" : line.positional().front();
    if (auto error = readInto(path, sample)) {
        std::cerr << "loadscope-cli quality-attenuation: " << *error << '\n';
        return kExitFailure;
    }
    if (const auto mergePath = line.value("merge")) {
        SimpleQualityAttenuation other(mode, goSort);
        auto error = readInto(*mergePath, other);
        if (!error)
            error = sample.merge(other);
        if (error) {
            std::cerr << "loadscope-cli quality-attenuation: " << *error << '\n';
            return kExitFailure;
        }
    }
    writeQualityJson(std::cout, sample, requirement ? &*requirement : nullptr);
    return std::cout ? kExitOk : kExitFailure;
}

} // namespace loadscope::cli
