#pragma once
// Parsing of the timestamps found in results folders, to nanoseconds since the epoch.
#include "core/util/time.h"

#include <optional>
#include <string_view>

namespace loadscope {

struct ParsedTime {
    TimeNs time = kNoTime;  // UTC when hasOffset, else the wall-clock time read as if it were UTC
    bool hasOffset = false; // 'Z' or ±HH:MM / ±HHMM present
    int offsetMinutes = 0;
};

// "2024-06-13T10:00:01.234Z", "2024-06-13 10:00:26.277", "2024-06-13T10:00:26.277+02:00", fractional digits 0..9.
std::optional<ParsedTime> parseTimestamp(std::string_view text);
// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long long daysFromCivil(long long y, unsigned m, unsigned d);
// "+02:00", "-0530", "+2" → minutes east of UTC.
std::optional<int> parseUtcOffset(std::string_view text);
// Seconds since the epoch as nanoseconds, within the years 1824..2116: half the span of 64-bit nanoseconds
// (1678..2261), so that the difference of any two times, or a time plus a zone offset, cannot overflow either.
// nullopt outside (not a time here).
std::optional<TimeNs> timeFromSeconds(long long seconds);
// Formats nanoseconds since the epoch as ISO 8601 UTC with milliseconds ("2024-06-13T10:00:01.234Z").
std::string formatIsoUtc(TimeNs t);

} // namespace loadscope
