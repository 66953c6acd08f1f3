#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/random_stream.h"
#include "core/generate/results_paths.h"

#include <algorithm>
#include <cmath>

namespace loadscope::generate {

namespace {

constexpr int kCores = 4;
constexpr double kMemoryBytes = 8589934592.0; // 8 GiB

// The fields every document of Metricbeat 7.17's file output carries, up to the metricset.
void beginDocument(OutputFile& out, TimeNs time, const char* host, const char* dataset)
{
    out.text(R"({"@timestamp":")").time(time, ClockText::IsoUtc);
    out.text(R"(","@metadata":{"beat":"metricbeat","type":"_doc","version":"7.17.0"},"host":{"name":")").text(host);
    out.text(R"("},"agent":{"type":"metricbeat","version":"7.17.0","name":")").text(host);
    out.text(R"("},"ecs":{"version":"1.12.0"},"event":{"module":"system","dataset":"system.)").text(dataset);
    out.text(R"(","duration":183622},"metricset":{"name":")").text(dataset);
    out.text(R"(","period":5000},"service":{"type":"system"},)");
}

void endDocument(OutputFile& out, const char* role)
{
    out.text(R"(,"fields":{"node_role":")").text(role).text("\"}}\n");
}

// `norm` is the share of all cores (system.cpu.total.norm.pct); `pct` the sum over cores.
void cpuDocument(OutputFile& out, TimeNs time, double norm, const char* host, const char* role)
{
    beginDocument(out, time, host, "cpu");
    const double idle = std::round((1.0 - norm) * 10000.0) / 10000.0;
    out.text(R"("system":{"cpu":{"cores":)").integer(kCores).text(R"(,"total":{"pct":)").number(norm * kCores);
    out.text(R"(,"norm":{"pct":)").number(norm).text(R"(}},"idle":{"pct":)").number(idle * kCores);
    out.text(R"(,"norm":{"pct":)").number(idle).text("}}}}");
    endDocument(out, role);
}

// `used` is system.memory.used.pct (the CSV's column); actual.used.pct leaves out the page cache.
void memoryDocument(OutputFile& out, TimeNs time, double used)
{
    beginDocument(out, time, "medianode", "memory");
    const double actual = std::round(std::max(0.0, used - 0.08) * 10000.0) / 10000.0;
    out.text(R"("system":{"memory":{"total":)").integer(static_cast<long long>(kMemoryBytes));
    out.text(R"(,"used":{"bytes":)").integer(std::llround(used * kMemoryBytes)).text(R"(,"pct":)").number(used);
    out.text(R"(},"actual":{"used":{"bytes":)").integer(std::llround(actual * kMemoryBytes));
    out.text(R"(,"pct":)").number(actual).text("}}}}");
    endDocument(out, "medianode");
}

} // namespace

WrittenFiles writeMediaNodeMetricbeat(const std::filesystem::path& root, const SimulatedTest& test)
{
    OutputFile out(mediaNodeMetricbeatPath(root, test));
    RandomStream random(streamKey(test.key, {kMetricbeatStream}));
    for (const auto& sample : test.mediaNode) {
        // The same period's memory document a few ms after the CPU one (none when the sample has no memory:
        // a lost document), and now and then a browser-emulator worker's CPU in between.
        const TimeNs memoryTime = sample.time + (2 + random.below(8)) * 1'000'000;
        cpuDocument(out, sample.time, sample.cpu, "medianode", "medianode");
        if (random.chance(0.25))
            cpuDocument(out, sample.time + 1'000'000, std::round(random.between(0.2, 0.9) * 10000.0) / 10000.0,
                        "browseremulator-1", "browseremulator");
        if (!std::isnan(sample.memory))
            memoryDocument(out, memoryTime, sample.memory);
    }
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace loadscope::generate
