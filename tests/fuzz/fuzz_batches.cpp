// Fuzz target: dfs_final/batches.json (readBatchesFile).
#include "fuzz_input.h"

#include "core/load/batches_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::ProblemList problems;
    loadscope::readBatchesFile(loadscope::fuzz::bufferOf(data, size), "batches.json", problems);
    return 0;
}
