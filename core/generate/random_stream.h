#pragma once
// The generator's own random numbers: xoshiro256** seeded through splitmix64 (Blackman & Vigna), so the same seed
// gives the same bytes on every machine and standard library. Only +, -, *, / and sqrt touch the doubles.
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace loadscope::generate {

// One step of splitmix64: advances `state` and returns the next output.
std::uint64_t splitMix64(std::uint64_t& state);
// A 64-bit key from a seed and a path of labels (test, session, user, purpose), so every file has its own stream and
// changing one part of the output does not shift the random numbers of the others.
std::uint64_t streamKey(std::uint64_t seed, std::initializer_list<std::uint64_t> labels);
// FNV-1a of a text label (a test name).
std::uint64_t textLabel(std::string_view text);

class RandomStream {
public:
    explicit RandomStream(std::uint64_t seed);

    std::uint64_t next(); // xoshiro256**
    double uniform();     // [0, 1), 53 random bits
    double between(double low, double high) { return low + (high - low) * uniform(); }
    bool chance(double probability) { return uniform() < probability; }
    int below(int bound); // [0, bound)
    double bell();        // mean 0, sd 1, within ±2*sqrt(3): Irwin-Hall of 4
    char alphanumeric();  // [0-9A-Za-z]

private:
    std::uint64_t state_[4];
};

} // namespace loadscope::generate
