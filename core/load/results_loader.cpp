#include "core/load/results_loader.h"

#include "core/load/batches_reader.h"
#include "core/load/checked_read.h"
#include "core/load/events_reader.h"
#include "core/load/file_buffer.h"
#include "core/load/load_limits.h"
#include "core/load/load_progress_meter.h"
#include "core/load/log_reader.h"
#include "core/load/media_node_file.h"
#include "core/load/ordered_qos_merger.h"
#include "core/load/participant_files_reader.h"
#include "core/load/parallel_runner.h"
#include "core/load/qoe_reader.h"
#include "core/load/results_layout.h"
#include "core/load/results_report_reader.h"
#include "core/load/stats_reader.h"
#include "core/load/test_assembly.h"

#include <algorithm>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

enum class JobKind { Events, Stats, Errors, Connections, Log, Resources, Qoe };

struct Job {
    JobKind kind;
    std::size_t test = 0;
    std::size_t folder = 0;      // index into TestSlot::folders (Events, Stats)
    std::vector<fs::path> paths; // one file, or the QoE files
    std::uint64_t bytes = 0;
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
};

std::uint64_t sizeOf(const fs::path& path, bool& exists)
{
    std::error_code error;
    const auto size = fs::file_size(path, error);
    exists = !error;
    return error ? 0 : static_cast<std::uint64_t>(size);
}

// Why a path the loader expects to be a file is not one ("" when it is a file; "missing" when it is not there).
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

// Reads a file for one of the readers (checked_read.h); problems name it relative to the root.
std::optional<FileBuffer> readChecked(const fs::path& root, const fs::path& path, ProblemList& problems,
                                      std::size_t maxBytes)
{
    return readChecked(path, relativeName(root, path), problems, maxBytes);
}

class Loader {
public:
    Loader(const fs::path& root, const LoadOptions& options) : root_(root), options_(options) {}

    std::optional<Results> run()
    {
        Results results;
        results.root = root_.string();
        if (options_.timings)
            options_.timings->steps.restart();
        if (!checkRoot(results))
            return results;
        std::vector<std::string> tests = selectTests(results);
        readBatches(tests, results);
        for (const auto& test : tests)
            addTest(test);
        lap("discover");
        runJobs();
        lap("parse files");
        if (cancelled())
            return std::nullopt;
        assembleTests(results);
        checkResultsReports(results);
        lap("assemble tables");
        for (const auto& list : jobProblems_)
            results.problems.insert(results.problems.end(), list.items().begin(), list.items().end());
        return results;
    }

private:
    bool cancelled() const { return options_.cancel && options_.cancel->load(std::memory_order_relaxed); }

    void lap(std::string_view step)
    {
        if (options_.timings)
            options_.timings->steps.lap(step);
    }

    // Adds the CPU time of one job to its kind's total (jobs run on several threads).
    void chargeJob(JobKind kind, double cpuSeconds)
    {
        if (!options_.timings)
            return;
        LoadTimings& t = *options_.timings;
        double* total = &t.eventsCpu; // events, and the participants' errors.json / connections.json beside them
        switch (kind) {
        case JobKind::Events:
        case JobKind::Errors:
        case JobKind::Connections: break;
        case JobKind::Stats: total = &t.statsCpu; break;
        case JobKind::Log: total = &t.logCpu; break;
        case JobKind::Resources: total = &t.resourcesCpu; break;
        case JobKind::Qoe: total = &t.qoeCpu; break;
        }
        const std::lock_guard lock(timingsMutex_);
        *total += cpuSeconds;
    }

    bool checkRoot(Results& results) { return checkResultsRoot(root_, results.problems); }

    std::vector<std::string> selectTests(Results& results)
    {
        std::vector<std::string> found = discoverTests(root_);
        if (found.empty())
            results.problems.push_back(noTestFoldersProblem());
        if (options_.tests.empty())
            return found;
        std::vector<std::string> chosen;
        for (const auto& wanted : options_.tests) {
            if (std::find(found.begin(), found.end(), wanted) != found.end())
                chosen.push_back(wanted);
            else
                results.problems.push_back(
                    {std::string(layout::kStatsFolder) + "/" + wanted, 0, Severity::Error, "no such test folder"});
        }
        std::sort(chosen.begin(), chosen.end());
        chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
        return chosen;
    }

    void readBatches(const std::vector<std::string>& tests, Results& results)
    {
        const fs::path path = layout::batchesFile(root_);
        ProblemList problems;
        bool exists = false;
        sizeOf(path, exists);
        const std::map<std::string, Batches>* parsed = nullptr;
        if (exists)
            if (auto buffer = readChecked(root_, path, problems, limits::kMaxBatchesFileBytes)) {
                batches_ = readBatchesFile(*buffer, layout::kBatchesFile, problems);
                parsed = &batches_;
            }
        checkBatchesCoverTests(exists, parsed, tests, problems);
        results.problems.insert(results.problems.end(), problems.items().begin(), problems.items().end());
    }

    // False when the file is missing (then there is no job).
    bool addJob(JobKind kind, std::size_t test, std::size_t folder, const fs::path& path)
    {
        bool exists = false;
        const auto bytes = sizeOf(path, exists);
        if (const std::string reason = notAFileReason(path); !reason.empty()) {
            if (reason == "missing")
                setupProblems_.warn(relativeName(root_, path), 0, reason);
            else
                setupProblems_.error(relativeName(root_, path), 0, reason);
            return false;
        }
        jobs_.push_back({kind, test, folder, {path}, bytes});
        return true;
    }

    // errors.json and connections.json: read when present and not empty (older writers have neither, and a file
    // being created is empty for an instant: nothing to say about either).
    void addOptionalJob(JobKind kind, std::size_t test, std::size_t folder, const fs::path& path)
    {
        bool exists = false;
        const std::uint64_t bytes = sizeOf(path, exists);
        if (notAFileReason(path) != "missing" && !(exists && bytes == 0))
            addJob(kind, test, folder, path);
    }

    void addTest(const std::string& test)
    {
        const std::size_t index = slots_.size();
        TestSlot& slot = slots_.emplace_back();
        slot.data = beginTest(test, batches_, setupProblems_);
        slot.folders = findUserFolders(root_, test, setupProblems_);
        slot.results.resize(slot.folders.size());
        std::vector<std::uint64_t> statsBytes(slot.folders.size(), 0);
        std::vector<std::size_t> withoutStats;
        for (std::size_t f = 0; f < slot.folders.size(); ++f) {
            const UserFolder& folder = slot.folders[f];
            slot.userOfFolder.push_back(placeUserFolder(slot.data, folder, setupProblems_));
            addJob(JobKind::Events, index, f, folder.path / layout::kEventsFile);
            addOptionalJob(JobKind::Errors, index, f, folder.path / layout::kErrorsFile);
            addOptionalJob(JobKind::Connections, index, f, folder.path / layout::kConnectionsFile);
            if (options_.loadQos && addJob(JobKind::Stats, index, f, folder.path / layout::kStatsFile))
                statsBytes[f] = jobs_.back().bytes;
            else
                withoutStats.push_back(f);
        }
        slot.qos = std::make_unique<OrderedQosMerger>(slot.data.qos, std::move(statsBytes));
        for (std::size_t f : withoutStats)
            slot.qos->skip(f);
        checkTestHasUserFolders(test, slot.folders.size(), setupProblems_);
        addJob(JobKind::Log, index, 0, layout::controllerLog(root_, test));
        const MediaNodeFile mediaNode = chooseMediaNodeFile(root_, test, setupProblems_);
        slot.data.resourcesFile = relativeName(root_, mediaNode.path);
        slot.mediaNodeFormat = mediaNode.format;
        addJob(JobKind::Resources, index, 0, mediaNode.path);
        const auto qoeFiles = findQoeFiles(root_, test);
        checkTestHasQoeFiles(test, qoeFiles.size(), setupProblems_);
        if (qoeFiles.empty())
            return;
        Job qoe{JobKind::Qoe, index, 0, {}, 0};
        for (const auto& name : qoeFiles) {
            bool exists = false;
            qoe.paths.push_back(layout::qoeFolder(root_, test) / name);
            qoe.bytes += sizeOf(qoe.paths.back(), exists);
        }
        jobs_.push_back(std::move(qoe));
    }

    void runJobs()
    {
        jobProblems_.resize(jobs_.size() + 1);
        jobProblems_.front().append(setupProblems_);
        std::vector<std::uint64_t> weights;
        LoadProgress total;
        // Stats files first and in folder order (they are of similar size), so that their rows reach the test's
        // tables in order with little waiting; then the other files, biggest first.
        constexpr std::uint64_t kStatsFirst = std::uint64_t{1} << 62;
        for (const auto& job : jobs_) {
            weights.push_back(job.kind == JobKind::Stats ? kStatsFirst - weights.size() : job.bytes);
            total.filesTotal += job.paths.size();
            total.bytesTotal += job.bytes;
        }
        LoadProgressMeter meter(total, options_.progress);
        runInParallel(weights, loaderThreads(), [&](std::size_t i) {
            if (cancelled())
                return;
            ProblemList& problems = jobProblems_[i + 1];
            const double cpuBefore = options_.timings ? threadCpuSecondsNow() : 0.0;
            try {
                runJob(jobs_[i], problems);
            } catch (const std::exception& error) {
                problems.error(relativeName(root_, jobs_[i].paths.front()), 0,
                               std::string("could not be loaded: ") + error.what());
            }
            if (options_.timings)
                chargeJob(jobs_[i].kind, threadCpuSecondsNow() - cpuBefore);
            meter.advance(jobs_[i].paths.size(), jobs_[i].bytes);
        });
        meter.finish();
    }

    void runJob(const Job& job, ProblemList& problems)
    {
        TestSlot& slot = slots_[job.test];
        const std::string file = job.paths.empty() ? std::string() : relativeName(root_, job.paths.front());
        switch (job.kind) {
        case JobKind::Events:
            if (auto buffer = readChecked(root_, job.paths.front(), problems, limits::kMaxEventsFileBytes))
                readEventsFile(*buffer, file, slot.results[job.folder].events, problems);
            break;
        case JobKind::Stats:
            if (auto buffer = readChecked(root_, job.paths.front(), problems, limits::kMaxStatsFileBytes)) {
                const int user = slot.userOfFolder[job.folder];
                const auto deliver = [&](const QosTables& parsed) { slot.qos->deliver(job.folder, parsed); };
                if (readStatsFile(*buffer, file, user, deliver, problems, [this] { return cancelled(); }))
                    break;
            }
            slot.qos->skip(job.folder);
            break;
        case JobKind::Errors:
            if (auto buffer = readChecked(root_, job.paths.front(), problems, limits::kMaxEventsFileBytes))
                readErrorsFile(*buffer, file, slot.results[job.folder].errors, problems);
            break;
        case JobKind::Connections:
            if (auto buffer = readChecked(root_, job.paths.front(), problems, limits::kMaxEventsFileBytes))
                readConnectionsFile(*buffer, file, slot.results[job.folder].joins, problems);
            break;
        case JobKind::Log:
            if (auto buffer = readChecked(root_, job.paths.front(), problems, limits::kMaxLogFileBytes))
                slot.data.log = readLogFile(*buffer, file, problems);
            break;
        case JobKind::Resources:
            if (auto buffer = readChecked(root_, job.paths.front(), problems,
                                          maxMediaNodeFileBytes(slot.mediaNodeFormat)))
                slot.data.resources = readMediaNodeFile(*buffer, file, slot.mediaNodeFormat, problems);
            break;
        case JobKind::Qoe: readQoeFiles(job, slot, problems); break;
        }
    }

    void readQoeFiles(const Job& job, TestSlot& slot, ProblemList& problems)
    {
        int fileIndex = 0;
        for (const auto& path : job.paths) {
            const std::string file = relativeName(root_, path);
            const auto name = parseQoeFileName(path.filename().string());
            if (!name) {
                warnUnnamedQoeFile(file, problems);
                continue;
            }
            if (auto buffer = readChecked(root_, path, problems, limits::kMaxQoeFileBytes))
                readQoeFile(*buffer, file, *name, fileIndex, slot.data.qoe, problems);
            ++fileIndex;
        }
    }

    // Per-folder events become the users' events (one job per test, in parallel); the QoS rows are already in
    // the test's tables but for folders that arrived out of order.
    void assembleTests(Results& results)
    {
        std::vector<std::uint64_t> weights;
        for (const auto& slot : slots_)
            weights.push_back(slot.folders.size());
        std::exception_ptr failure;
        std::mutex failureMutex;
        runInParallel(weights, loaderThreads(), [&](std::size_t i) {
            try {
                slots_[i].qos->finish();
                mergeEvents(slots_[i]);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                failure = std::current_exception();
            }
        });
        if (failure)
            std::rethrow_exception(failure);
        for (auto& slot : slots_)
            results.tests.push_back(std::move(slot.data));
    }

    static void mergeEvents(TestSlot& slot)
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
    void checkResultsReports(Results& results)
    {
        std::vector<fs::path> paths;
        std::error_code error;
        for (fs::directory_iterator it(root_ / layout::kLogsFolder, error), end; !error && it != end;
             it.increment(error)) {
            std::error_code typeError;
            if (isResultsReportName(it->path().filename().string()) && it->is_regular_file(typeError))
                paths.push_back(it->path());
        }
        std::sort(paths.begin(), paths.end());
        ProblemList problems;
        ReadReports reports;
        for (const auto& path : paths)
            if (auto buffer = readChecked(root_, path, problems, limits::kMaxLogFileBytes)) {
                const std::string file = relativeName(root_, path);
                reports.emplace_back(file, readResultsReport(*buffer, file, problems));
            }
        checkLogsAgainstReports(reports, results.tests, problems);
        results.problems.insert(results.problems.end(), problems.items().begin(), problems.items().end());
    }

    unsigned loaderThreads() const
    {
        return options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    }

    fs::path root_;
    const LoadOptions& options_;
    std::map<std::string, Batches> batches_;
    std::deque<TestSlot> slots_; // a deque: each slot's QoS merger refers to its tables, which must not move
    std::vector<Job> jobs_;
    ProblemList setupProblems_;
    std::vector<ProblemList> jobProblems_;
    std::mutex timingsMutex_;
};

} // namespace

std::optional<Results> loadResults(const fs::path& root, const LoadOptions& options)
{
    try {
        return Loader(root, options).run();
    } catch (const std::exception& error) {
        Results results;
        results.root = root.string();
        results.problems.push_back(
            {root.string(), 0, Severity::Error, std::string("loading stopped: ") + error.what()});
        return results;
    }
}

} // namespace loadscope
