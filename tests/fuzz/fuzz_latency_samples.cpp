// Fuzz target: quality-attenuation's sample file (readLatencySamples), then what the command does with the
// samples in both modes: add them, and write the JSON (percentiles, histogram, QoO) with a requirement.
#include "fuzz_input.h"

#include "core/quality/latency_sample_file.h"
#include "core/quality/qoo.h"
#include "core/quality/quality_attenuation.h"
#include "core/quality/quality_json.h"

#include <sstream>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace loadscope;
    std::istringstream in{std::string(fuzz::bytesOf(data, size))};
    const LatencySampleRead read = readLatencySamples(in, "samples.txt");
    for (const QualityMode mode : {QualityMode::Corrected, QualityMode::GoCompatible}) {
        SimpleQualityAttenuation sample(mode);
        for (const LatencySample& latency : read.samples)
            (void)sample.addSample(latency.seconds);
        std::ostringstream json;
        writeQualityJson(json, sample, findQooPreset("video-conferencing"));
    }
    return 0;
}
