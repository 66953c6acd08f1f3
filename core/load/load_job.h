#pragma once
// The loader's units of work (results_loader.cpp runs them in parallel): one file to read (or a test's QoE files,
// or a test to restore from the re-open cache), the test slot its result goes into, and putting a slot's per-folder
// results together.
#include "core/load/media_node_file.h"
#include "core/load/ordered_qos_merger.h"
#include "core/load/results_layout.h"
#include "core/load/test_cache.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

namespace fs = std::filesystem;

enum class JobKind { Events, Stats, Errors, Connections, Log, Resources, Qoe, Cached };

struct Job {
    JobKind kind;
    std::size_t test = 0;
    std::size_t folder = 0;      // index into TestSlot::folders (Events, Stats)
    std::vector<fs::path> paths; // one file, or the QoE files (Cached: every file of the test)
    std::uint64_t bytes = 0;
    ProblemList problems = {}; // what reading it said
};

struct FolderResult {
    std::vector<Event> events;
    std::vector<BrowserError> errors;
    std::vector<JoinRecord> joins;
};

struct TestSlot {
    TestData data;
    std::vector<UserFolder> folders;
    std::vector<int> userOfFolder;         // index into data.users
    std::vector<FolderResult> results;     // per folder
    std::unique_ptr<OrderedQosMerger> qos; // appends the folders' stats rows to data.qos in folder order
    MediaNodeFormat mediaNodeFormat = MediaNodeFormat::Csv;
    std::optional<TestInputs> inputs;  // what the test is made of, when there is a cache
    std::vector<Job> parseJobs;        // kept aside while the test may come from the cache
    std::optional<CachedTest> cached;  // restored from the cache
    std::vector<Problem> readProblems; // of its files, in job order (or as cached)
};

// The size of `path` (0 when it has none; `exists` says whether it could be asked).
std::uint64_t sizeOf(const fs::path& path, bool& exists);
// Why a path the loader expects to be a file is not one ("" when it is a file; "missing" when it is not there).
std::string notAFileReason(const fs::path& path);
// Reads a file for one of the readers (checked_read.h); problems name it relative to the root.
std::optional<FileBuffer> readChecked(const fs::path& root, const fs::path& path, ProblemList& problems,
                                      std::size_t maxBytes);

// Where a stats.json job's CPU time goes besides parsing (for the benchmark: LoadTimings).
struct StatsJobCpu {
    double read = 0;  // reading the file
    double merge = 0; // adding its rows to the test's tables
};

// Runs `job` into `slot` (what its file says, or the test restored from `cache`); problems name files relative to
// `root`. `cancelled` stops a long stats.json early. `statsCpu`, when given, receives a stats job's split.
void runLoadJob(const fs::path& root, const Job& job, TestSlot& slot, ProblemList& problems, const TestCache* cache,
                const std::function<bool()>& cancelled, StatsJobCpu* statsCpu = nullptr);

// The slot's per-folder events, errors and joins become its users' records, in time order.
void mergeFolderResults(TestSlot& slot);

// The controller's test-case reports beside the logs (results.txt, results-<ts>.txt; small files, read here),
// each test's log checked against the block that starts with it; the problems go to `results`.
void checkResultsReports(const fs::path& root, Results& results);

} // namespace loadscope
