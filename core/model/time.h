#pragma once
// Instants are integers of nanoseconds since the Unix epoch (UTC), as pandas keeps them, so differences are exact.
#include <cstdint>
#include <limits>

namespace loadscope {

using TimeNs = std::int64_t;
inline constexpr TimeNs kNoTime = std::numeric_limits<TimeNs>::min();
inline constexpr TimeNs kNsPerSecond = 1'000'000'000;

// Seconds from `origin` to `t`, as pandas' (t - origin).total_seconds().
inline double secondsBetween(TimeNs origin, TimeNs t)
{
    return static_cast<double>(t - origin) / 1e9;
}

} // namespace loadscope
