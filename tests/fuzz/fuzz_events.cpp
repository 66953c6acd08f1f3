// Fuzz target: a user's events.json (readEventsFile).
#include "fuzz_input.h"

#include "core/load/events_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::vector<loadscope::Event> events;
    loadscope::ProblemList problems;
    loadscope::readEventsFile(loadscope::fuzz::bufferOf(data, size), "events.json", events, problems);
    return 0;
}
