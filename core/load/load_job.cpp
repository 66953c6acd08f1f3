#include "core/load/load_job.h"

#include "core/load/checked_read.h"
#include "core/load/events_reader.h"
#include "core/load/load_limits.h"
#include "core/load/log_reader.h"
#include "core/load/participant_files_reader.h"
#include "core/load/qoe_reader.h"
#include "core/load/results_report_reader.h"
#include "core/load/stats_reader.h"
#include "core/load/test_assembly.h"
#include "core/util/phase_stopwatch.h"

#include <algorithm>

namespace loadscope {

std::uint64_t sizeOf(const fs::path& path, bool& exists)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    exists = !error;
    return error ? 0 : static_cast<std::uint64_t>(size);
}

std::string notAFileReason(const fs::path& path)
{
    std::error_code error;
    const auto status = fs::status(path, error);
    if (status.type() == fs::file_type::not_found)
        return "missing";
    if (error)
        return "cannot read: " + error.message();
    if (status.type() == fs::file_type::directory)
        return "is a folder, expected a file; not read";
    return {};
}

std::optional<FileBuffer> readChecked(const fs::path& root, const fs::path& path, ProblemList& problems,
                                      std::size_t maxBytes)
{
    return readChecked(path, relativeName(root, path), problems, maxBytes);
}

namespace {

void readQoeFiles(const fs::path& root, const Job& job, TestSlot& slot, ProblemList& problems)
{
    int fileIndex = 0;
    for (const auto& path : job.paths) {
        const std::string file = relativeName(root, path);
        const auto name = parseQoeFileName(path.filename().string());
        if (!name) {
            warnUnnamedQoeFile(file, problems);
            continue;
        }
        if (auto buffer = readChecked(root, path, problems, limits::kMaxQoeFileBytes))
            readQoeFile(*buffer, file, *name, fileIndex, slot.data.qoe, problems);
        ++fileIndex;
    }
}

} // namespace

void runLoadJob(const fs::path& root, const Job& job, TestSlot& slot, ProblemList& problems, const TestCache* cache,
                const std::function<bool()>& cancelled, StatsJobCpu* statsCpu)
{
    const std::string file = job.paths.empty() ? std::string() : relativeName(root, job.paths.front());
    switch (job.kind) {
    case JobKind::Events:
        if (auto buffer = readChecked(root, job.paths.front(), problems, limits::kMaxEventsFileBytes))
            readEventsFile(*buffer, file, slot.results[job.folder].events, problems);
        break;
    case JobKind::Stats: {
        const double readStart = statsCpu ? threadCpuSecondsNow() : 0.0;
        auto buffer = readChecked(root, job.paths.front(), problems, limits::kMaxStatsFileBytes);
        if (statsCpu)
            statsCpu->read += threadCpuSecondsNow() - readStart;
        if (buffer) {
            const int user = slot.userOfFolder[job.folder];
            const auto deliver = [&](const QosTables& parsed) {
                const double mergeStart = statsCpu ? threadCpuSecondsNow() : 0.0;
                slot.qos->deliver(job.folder, parsed);
                if (statsCpu)
                    statsCpu->merge += threadCpuSecondsNow() - mergeStart;
            };
            if (readStatsFile(*buffer, file, user, deliver, problems, cancelled))
                break;
        }
        slot.qos->skip(job.folder);
        break;
    }
    case JobKind::Errors:
        if (auto buffer = readChecked(root, job.paths.front(), problems, limits::kMaxEventsFileBytes))
            readErrorsFile(*buffer, file, slot.results[job.folder].errors, problems);
        break;
    case JobKind::Connections:
        if (auto buffer = readChecked(root, job.paths.front(), problems, limits::kMaxEventsFileBytes))
            readConnectionsFile(*buffer, file, slot.results[job.folder].joins, problems);
        break;
    case JobKind::Log:
        if (auto buffer = readChecked(root, job.paths.front(), problems, limits::kMaxLogFileBytes))
            slot.data.log = readLogFile(*buffer, file, problems);
        break;
    case JobKind::Resources:
        if (auto buffer = readChecked(root, job.paths.front(), problems, maxMediaNodeFileBytes(slot.mediaNodeFormat)))
            slot.data.resources = readMediaNodeFile(*buffer, file, slot.mediaNodeFormat, problems);
        break;
    case JobKind::Qoe: readQoeFiles(root, job, slot, problems); break;
    case JobKind::Cached: slot.cached = cache->find(*slot.inputs); break;
    }
}

void mergeFolderResults(TestSlot& slot)
{
    TestData& data = slot.data;
    for (std::size_t f = 0; f < slot.folders.size(); ++f) {
        UserEvents& user = data.users[static_cast<std::size_t>(slot.userOfFolder[f])];
        FolderResult& loaded = slot.results[f];
        user.events.insert(user.events.end(), std::make_move_iterator(loaded.events.begin()),
                           std::make_move_iterator(loaded.events.end()));
        user.errors.insert(user.errors.end(), std::make_move_iterator(loaded.errors.begin()),
                           std::make_move_iterator(loaded.errors.end()));
        const auto joins = joinsOfUser(loaded.joins, user.key);
        user.joins.insert(user.joins.end(), joins.begin(), joins.end());
        loaded = {};
    }
    sortUserRecordsByTime(data);
}

// The controller's test-case reports beside the logs (results.txt, results-<ts>.txt; small files, read here),
// each test's log checked against the block that starts with it.
void checkResultsReports(const fs::path& root, Results& results)
{
    std::vector<fs::path> paths;
    std::error_code error;
    for (fs::directory_iterator it(root / layout::kLogsFolder, error), end; !error && it != end; it.increment(error)) {
        std::error_code typeError;
        if (isResultsReportName(it->path().filename().string()) && it->is_regular_file(typeError))
            paths.push_back(it->path());
    }
    std::sort(paths.begin(), paths.end());
    ProblemList problems;
    ReadReports reports;
    for (const auto& path : paths)
        if (auto buffer = readChecked(root, path, problems, limits::kMaxLogFileBytes)) {
            const std::string file = relativeName(root, path);
            reports.emplace_back(file, readResultsReport(*buffer, file, problems));
        }
    checkLogsAgainstReports(reports, results.tests, problems);
    results.problems.insert(results.problems.end(), problems.items().begin(), problems.items().end());
}

} // namespace loadscope
