// Fuzz target: the media node's CPU / memory CSV (readResourceCsv).
#include "fuzz_input.h"

#include "core/load/resource_csv_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::ProblemList problems;
    loadscope::readResourceCsv(loadscope::fuzz::bufferOf(data, size), "medianode.csv", problems);
    return 0;
}
