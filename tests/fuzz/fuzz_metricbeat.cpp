// Fuzz target: the media node's Metricbeat NDJSON export (readMetricbeatNdjson).
#include "fuzz_input.h"

#include "core/load/metricbeat_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::ProblemList problems;
    loadscope::readMetricbeatNdjson(loadscope::fuzz::bufferOf(data, size), "medianode.ndjson", problems);
    return 0;
}
