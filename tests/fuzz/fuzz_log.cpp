// Fuzz target: the loadtest-controller's log (readLogFile), both Spring Boot line formats.
#include "fuzz_input.h"

#include "core/load/log_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::ProblemList problems;
    loadscope::readLogFile(loadscope::fuzz::bufferOf(data, size), "test.log", problems);
    return 0;
}
