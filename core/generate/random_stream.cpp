#include "core/generate/random_stream.h"

namespace loadscope::generate {

namespace {

std::uint64_t rotateLeft(std::uint64_t x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

std::uint64_t splitMix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::uint64_t streamKey(std::uint64_t seed, std::initializer_list<std::uint64_t> labels)
{
    std::uint64_t state = seed;
    std::uint64_t key = splitMix64(state);
    for (std::uint64_t label : labels) {
        state = key ^ label;
        key = splitMix64(state);
    }
    return key;
}

std::uint64_t textLabel(std::string_view text)
{
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

RandomStream::RandomStream(std::uint64_t seed)
{
    std::uint64_t state = seed;
    for (auto& word : state_)
        word = splitMix64(state);
}

std::uint64_t RandomStream::next()
{
    const std::uint64_t result = rotateLeft(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0];
    state_[3] ^= state_[1];
    state_[1] ^= state_[2];
    state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotateLeft(state_[3], 45);
    return result;
}

double RandomStream::uniform()
{
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

int RandomStream::below(int bound)
{
    return bound <= 1 ? 0 : static_cast<int>(next() % static_cast<std::uint64_t>(bound));
}

double RandomStream::bell()
{
    // Sum of 4 uniforms has variance 4/12; centred and scaled to sd 1. No log/cos: those differ between libms.
    const double sum = uniform() + uniform() + uniform() + uniform();
    return (sum - 2.0) * 1.7320508075688772;
}

char RandomStream::alphanumeric()
{
    static constexpr char kAlphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    return kAlphabet[below(62)];
}

} // namespace loadscope::generate
