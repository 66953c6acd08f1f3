#pragma once
// Ceilings on what one input file may make the loader hold, so that hostile or absurd input (a string of 1 GB,
// 10 M events for one user, a stats.json of many GB) becomes a Problem naming the file and the limit instead of
// an out-of-memory kill. Each is far above what a real openvidu-loadtest run writes: a 2p user's stats.json grows
// by about 1.5 MB per 10 minutes, an events.json holds tens to hundreds of events of a few hundred bytes.
#include <cstddef>
#include <string>

namespace loadscope::limits {

inline constexpr std::size_t kMiB = std::size_t{1} << 20;

// Bytes read of one file; the rest of a larger file is refused (a JSON array then reads as cut short).
inline constexpr std::size_t kMaxStatsFileBytes = 512 * kMiB;  // one stats.json
inline constexpr std::size_t kMaxEventsFileBytes = 256 * kMiB; // one events.json
inline constexpr std::size_t kMaxLogFileBytes = 512 * kMiB;    // logs/<test>.log (stack traces, stdout dumps)
inline constexpr std::size_t kMaxCpuCsvFileBytes = 64 * kMiB;  // dfs_final/<test>-medianode.csv
// dfs_final/<test>-medianode.ndjson: whole Metricbeat documents (~1-2 kB each, two per 5 s period, more when the
// export holds other metricsets)
inline constexpr std::size_t kMaxMetricbeatFileBytes = 512 * kMiB;
inline constexpr std::size_t kMaxQoeFileBytes = 16 * kMiB;     // one qoe/<test>/*_cuts.json
inline constexpr std::size_t kMaxBatchesFileBytes = 16 * kMiB; // dfs_final/batches.json

// One event object's text (the inspector keeps it whole): an event beyond it is skipped.
inline constexpr std::size_t kMaxEventBytes = 64 * 1024;
// Events kept from one events.json; the rest of the file is refused.
inline constexpr std::size_t kMaxEventsPerFile = 1'000'000;

// "512 MiB", "64 KiB", "1000000 events": how a limit is named in problem messages.
inline std::string bytesText(std::size_t bytes)
{
    if (bytes >= kMiB)
        return std::to_string(bytes / kMiB) + " MiB";
    return bytes >= 1024 ? std::to_string(bytes / 1024) + " KiB" : std::to_string(bytes) + " bytes";
}

// The problem of a file cut at its kind's byte limit.
inline std::string cutAtLimitMessage(std::size_t maxBytes)
{
    return "larger than the limit of " + bytesText(maxBytes) + " for this kind of file; only its first " +
           bytesText(maxBytes) + " read";
}

} // namespace loadscope::limits
