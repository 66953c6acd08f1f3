#pragma once
// Instants are integers of nanoseconds since the Unix epoch (UTC), as pandas keeps them, so differences are exact.
#include <cstdint>
#include <limits>

namespace loadscope {

using TimeNs = std::int64_t;
inline constexpr TimeNs kNoTime = std::numeric_limits<TimeNs>::min();
inline constexpr TimeNs kNsPerSecond = 1'000'000'000;

// Seconds from `origin` to `t`, correctly rounded (as Python's datetime.timedelta.total_seconds()).
inline double secondsBetween(TimeNs origin, TimeNs t)
{
    return static_cast<double>(t - origin) / 1e9;
}

// pandas 1.5's Timedelta.total_seconds(): days * 86400 + seconds + microseconds / 1e6, nanoseconds dropped.
// It can differ from the correctly rounded value in the last bit (5.7620000000000005 for 5.762 s), which
// decides ties downstream, so notebook-compatible mode uses it wherever the notebook subtracts pandas times.
inline double pandasSecondsBetween(TimeNs origin, TimeNs t)
{
    auto floorDiv = [](TimeNs a, TimeNs b) {
        TimeNs q = a / b;
        if (a % b != 0 && ((a < 0) != (b < 0)))
            --q;
        return q;
    };
    const TimeNs micros = floorDiv(t - origin, 1000);
    const TimeNs wholeSeconds = floorDiv(micros, 1'000'000);
    return static_cast<double>(wholeSeconds) + static_cast<double>(micros - wholeSeconds * 1'000'000) / 1e6;
}

} // namespace loadscope
