#include "core/util/xxhash64.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace loadscope {

namespace {

constexpr std::uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr std::uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr std::uint64_t kPrime3 = 0x165667B19E3779F9ULL;
constexpr std::uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;
constexpr std::uint64_t kPrime5 = 0x27D4EB2F165667C5ULL;

// Little-endian reads, as the specification defines them (byte-swapped on a big-endian machine).
std::uint64_t read64(const unsigned char* p)
{
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap64(v);
    return v;
}

std::uint32_t read32(const unsigned char* p)
{
    std::uint32_t v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big)
        v = __builtin_bswap32(v);
    return v;
}

std::uint64_t mixLane(std::uint64_t accumulator, std::uint64_t lane)
{
    accumulator += lane * kPrime2;
    accumulator = std::rotl(accumulator, 31);
    return accumulator * kPrime1;
}

std::uint64_t mergeRound(std::uint64_t hash, std::uint64_t accumulator)
{
    hash ^= mixLane(0, accumulator);
    return hash * kPrime1 + kPrime4;
}

} // namespace

std::uint64_t xxhash64(const void* data, std::size_t size, std::uint64_t seed)
{
    Xxhash64Stream stream(seed);
    stream.update(data, size);
    return stream.digest();
}

Xxhash64Stream::Xxhash64Stream(std::uint64_t seed)
    : seed_(seed), lanes_{seed + kPrime1 + kPrime2, seed + kPrime2, seed, seed - kPrime1}
{
}

void Xxhash64Stream::update(const void* data, std::size_t size)
{
    const auto* p = static_cast<const unsigned char*>(data);
    const unsigned char* const end = p + size;
    total_ += size;
    const auto stripe = [this](const unsigned char* at) {
        for (int lane = 0; lane < 4; ++lane)
            lanes_[lane] = mixLane(lanes_[lane], read64(at + 8 * lane));
    };
    if (pendingSize_ > 0) { // complete the stripe the last piece began
        const std::size_t take = std::min<std::size_t>(32 - pendingSize_, size);
        std::memcpy(pending_ + pendingSize_, p, take);
        pendingSize_ += take;
        p += take;
        if (pendingSize_ < 32)
            return;
        stripe(pending_);
        pendingSize_ = 0;
    }
    for (; end - p >= 32; p += 32)
        stripe(p);
    std::memcpy(pending_, p, static_cast<std::size_t>(end - p));
    pendingSize_ = static_cast<std::size_t>(end - p);
}

std::uint64_t Xxhash64Stream::digest() const
{
    std::uint64_t hash;
    if (total_ >= 32) {
        const auto [v1, v2, v3, v4] = lanes_;
        hash = std::rotl(v1, 1) + std::rotl(v2, 7) + std::rotl(v3, 12) + std::rotl(v4, 18);
        hash = mergeRound(mergeRound(mergeRound(mergeRound(hash, v1), v2), v3), v4);
    } else {
        hash = seed_ + kPrime5;
    }
    hash += total_;
    const unsigned char* p = pending_;
    const unsigned char* const end = pending_ + pendingSize_;
    for (; p + 8 <= end; p += 8)
        hash = std::rotl(hash ^ mixLane(0, read64(p)), 27) * kPrime1 + kPrime4;
    if (p + 4 <= end) {
        hash = std::rotl(hash ^ (static_cast<std::uint64_t>(read32(p)) * kPrime1), 23) * kPrime2 + kPrime3;
        p += 4;
    }
    for (; p < end; ++p)
        hash = std::rotl(hash ^ (*p * kPrime5), 11) * kPrime1;
    hash ^= hash >> 33;
    hash *= kPrime2;
    hash ^= hash >> 29;
    hash *= kPrime3;
    hash ^= hash >> 32;
    return hash;
}

} // namespace loadscope
