// Fuzz target: a user's stats.json (readStatsFile) into the 8 QoS tables.
#include "fuzz_input.h"

#include "core/load/stats_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::QosTables tables;
    loadscope::ProblemList problems;
    loadscope::readStatsFile(loadscope::fuzz::bufferOf(data, size), "stats.json", 1, tables, problems);
    return 0;
}
