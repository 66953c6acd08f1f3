#pragma once
// Reads latency samples, one number (seconds) per line. Blank lines and lines starting with '#' are skipped;
// anything else that is not a whole number is an error naming the source and line.
#include <istream>
#include <string>
#include <vector>

namespace loadscope {

struct LatencySample {
    double seconds = 0.0;
    long line = 0; // 1-based, for messages about the sample later (e.g. a rejected non-positive value)
};

struct LatencySampleRead {
    std::vector<LatencySample> samples;
    std::string error; // "<source>:<line>: <what>"; empty when every line was read
};

LatencySampleRead readLatencySamples(std::istream& in, const std::string& sourceName);

} // namespace loadscope
