// Fuzz target: a QoE cuts file (readQoeFile), named as the generator names them.
#include "fuzz_input.h"

#include "core/load/qoe_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const auto name = loadscope::parseQoeFileName("v-s1-u2-u1_cuts.json");
    std::vector<loadscope::QoeCut> cuts;
    loadscope::ProblemList problems;
    loadscope::readQoeFile(loadscope::fuzz::bufferOf(data, size), "v-s1-u2-u1_cuts.json", *name, 0, cuts, problems);
    return 0;
}
