#pragma once
// XXH64, the 64-bit xxHash of Yann Collet (github.com/Cyan4973/xxHash, doc/xxhash_spec.md): a fast checksum, here
// for the re-open cache's files. The same values as the reference library (tests/core/util/test_xxhash64.cpp).
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace loadscope {

std::uint64_t xxhash64(const void* data, std::size_t size, std::uint64_t seed = 0);

// The same hash over bytes given in pieces: update() any number of times, then digest() (the pieces' order matters,
// their sizes do not).
class Xxhash64Stream {
public:
    explicit Xxhash64Stream(std::uint64_t seed = 0);
    void update(const void* data, std::size_t size);
    std::uint64_t digest() const;

private:
    std::uint64_t seed_;
    std::uint64_t lanes_[4];
    std::uint64_t total_ = 0;
    unsigned char pending_[32];
    std::size_t pendingSize_ = 0;
};

inline std::uint64_t xxhash64(std::string_view text, std::uint64_t seed = 0)
{
    return xxhash64(text.data(), text.size(), seed);
}

} // namespace loadscope
