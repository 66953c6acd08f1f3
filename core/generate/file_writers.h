#pragma once
// One writer per kind of file in a results folder; each reads the simulated test and writes its files under `root`.
// All of them throw std::runtime_error naming the file on I/O errors.
#include "core/generate/remote_streams.h"
#include "core/generate/scenario.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace loadscope::generate {

struct WrittenFiles {
    std::size_t files = 0;
    std::uint64_t bytes = 0;
    WrittenFiles& operator+=(const WrittenFiles& other)
    {
        files += other.files;
        bytes += other.bytes;
        return *this;
    }
};

// stats/<test>/<session>/<user>/events.json (writes into an existing user folder)
WrittenFiles writeEvents(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& user,
                         const std::vector<RemoteStream>& received);
// stats/<test>/<session>/<user>/stats.json
WrittenFiles writeStats(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& user,
                        const std::vector<RemoteStream>& received);
// stats/<test>/<session>/<user>/connections.json (a join record per attempt, naming the worker) and errors.json
// (the browser's error when an attempt never connected or broke)
WrittenFiles writeParticipantFiles(const std::filesystem::path& root, const SimulatedTest& test,
                                   const SimulatedUser& user);
// --writer 2026: one emulated (non-browser) participant per session, User<users per session + 1>, whose
// events.json, stats.json and errors.json stay `[]` and whose connections.json holds its join record.
WrittenFiles writeEmulatedParticipants(const std::filesystem::path& root, const SimulatedTest& test);
// --writer 2026: the leftovers a real 2026 folder holds beside the session folders (stats/<test>/perf-results/).
WrittenFiles writeLeftovers(const std::filesystem::path& root, const SimulatedTest& test);
// The browser-emulator worker that created `user`'s participants (browseremulator-<n>, 8 users each in join order).
std::string workerOf(const SimulatedUser& user);
// qoe/<test>/v-<session>-<receiver>-<sender>_cuts.json, one per sender this user received long enough
WrittenFiles writeQoeCuts(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& receiver,
                          const std::vector<RemoteStream>& received);
// logs/<test>.log
WrittenFiles writeControllerLog(const std::filesystem::path& root, const SimulatedTest& test);
// dfs_final/<test>-medianode.csv
WrittenFiles writeMediaNodeCsv(const std::filesystem::path& root, const SimulatedTest& test);
// dfs_final/<test>-medianode.ndjson: the same samples as Metricbeat's file output writes them (a cpu and a memory
// document per period, a few ms apart; some browser-emulator documents beside them), for `--media-node metricbeat`
WrittenFiles writeMediaNodeMetricbeat(const std::filesystem::path& root, const SimulatedTest& test);
// logs/results.txt (2024: a block per test) or logs/results-<ts>.txt (2026: one per test): the controller's
// test-case reports (ResultReport.toString())
WrittenFiles writeResultsReports(const std::filesystem::path& root, const std::vector<SimulatedTest>& tests);
// dfs_final/batches.json, for every test of the run
WrittenFiles writeBatches(const std::filesystem::path& root, const std::vector<SimulatedTest>& tests);

// Purposes of the writers' random streams (labels of streamKey), so that each file has its own.
inline constexpr std::uint64_t kEventsStream = 11, kStatsStream = 12, kQoeStream = 13, kLogStream = 14,
                               kMetricbeatStream = 15;

} // namespace loadscope::generate
