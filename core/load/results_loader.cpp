#include "core/load/results_loader.h"

#include "core/load/batches_reader.h"
#include "core/load/load_job.h"
#include "core/load/load_limits.h"
#include "core/load/load_progress_meter.h"
#include "core/load/media_node_file.h"
#include "core/load/parallel_runner.h"
#include "core/load/results_layout.h"
#include "core/load/test_assembly.h"

#include <algorithm>
#include <deque>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace loadscope {

namespace {

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
        for (const auto& test : tests) {
            const std::size_t firstJob = jobs_.size();
            addTest(test);
            offerToCache(slots_.size() - 1, firstJob);
        }
        lap("discover");
        runJobs(0);
        parseWhatTheCacheLacked();
        lap("parse files");
        if (cancelled())
            return std::nullopt;
        collectReadProblems();
        results.problems.insert(results.problems.end(), setupProblems_.items().begin(), setupProblems_.items().end());
        for (const auto& slot : slots_)
            results.problems.insert(results.problems.end(), slot.readProblems.begin(), slot.readProblems.end());
        assembleTests(results);
        checkResultsReports(root_, results);
        lap("assemble tables");
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
    void chargeJob(JobKind kind, double cpuSeconds, const StatsJobCpu& statsParts)
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
        case JobKind::Cached: total = &t.cacheCpu; break;
        }
        const std::lock_guard lock(timingsMutex_);
        *total += cpuSeconds;
        t.statsReadCpu += statsParts.read;
        t.statsMergeCpu += statsParts.merge;
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

    // With a cache, a test whose files may all be cached becomes one Cached job; its parse jobs wait aside.
    void offerToCache(std::size_t test, std::size_t firstJob)
    {
        TestSlot& slot = slots_[test];
        if (!options_.cache || firstJob == jobs_.size())
            return;
        Job cached{JobKind::Cached, test, 0, {}, 0};
        for (auto job = jobs_.begin() + static_cast<std::ptrdiff_t>(firstJob); job != jobs_.end(); ++job) {
            cached.paths.insert(cached.paths.end(), job->paths.begin(), job->paths.end());
            cached.bytes += job->bytes;
        }
        std::vector<fs::path> files = cached.paths;
        if (bool exists = false; sizeOf(layout::batchesFile(root_), exists), exists)
            files.push_back(layout::batchesFile(root_));
        slot.inputs = TestInputs{root_.string(), slot.data.info.name, options_.loadQos,
                                 describeInputFiles(root_, files)};
        if (!options_.cache->mayHave(*slot.inputs))
            return;
        slot.parseJobs.assign(std::make_move_iterator(jobs_.begin() + static_cast<std::ptrdiff_t>(firstJob)),
                              std::make_move_iterator(jobs_.end()));
        jobs_.resize(firstJob);
        jobs_.push_back(std::move(cached));
    }

    // The tests the cache could not restore after all (stale or corrupt entry) are parsed now.
    void parseWhatTheCacheLacked()
    {
        const std::size_t first = jobs_.size();
        for (auto& slot : slots_)
            if (!slot.parseJobs.empty() && !slot.cached && !cancelled())
                jobs_.insert(jobs_.end(), std::make_move_iterator(slot.parseJobs.begin()),
                             std::make_move_iterator(slot.parseJobs.end()));
        if (jobs_.size() > first)
            runJobs(first);
    }

    // Each test's read problems in job order: its jobs were added one test after another, and a test parsed after
    // a cache miss has its jobs appended in their first order.
    void collectReadProblems()
    {
        for (const Job& job : jobs_) {
            TestSlot& slot = slots_[job.test];
            const auto& items = job.kind == JobKind::Cached && slot.cached ? slot.cached->problems
                                                                           : job.problems.items();
            slot.readProblems.insert(slot.readProblems.end(), items.begin(), items.end());
        }
    }

    void runJobs(std::size_t first)
    {
        std::vector<std::uint64_t> weights;
        LoadProgress total;
        // Stats files first and in folder order (they are of similar size), so that their rows reach the test's
        // tables in order with little waiting; then the other files, biggest first.
        constexpr std::uint64_t kStatsFirst = std::uint64_t{1} << 62;
        for (std::size_t j = first; j < jobs_.size(); ++j) {
            const Job& job = jobs_[j];
            weights.push_back(job.kind == JobKind::Stats ? kStatsFirst - weights.size() : job.bytes);
            total.filesTotal += job.paths.size();
            total.bytesTotal += job.bytes;
        }
        LoadProgressMeter meter(total, options_.progress);
        runInParallel(weights, loaderThreads(), [&](std::size_t k) {
            const std::size_t i = first + k;
            if (cancelled())
                return;
            ProblemList& problems = jobs_[i].problems;
            const double cpuBefore = options_.timings ? threadCpuSecondsNow() : 0.0;
            StatsJobCpu statsParts;
            try {
                runLoadJob(
                    root_, jobs_[i], slots_[jobs_[i].test], problems, options_.cache, [this] { return cancelled(); },
                    options_.timings ? &statsParts : nullptr);
            } catch (const std::exception& error) {
                problems.error(relativeName(root_, jobs_[i].paths.front()), 0,
                               std::string("could not be loaded: ") + error.what());
            }
            if (options_.timings)
                chargeJob(jobs_[i].kind, threadCpuSecondsNow() - cpuBefore, statsParts);
            meter.advance(jobs_[i].paths.size(), jobs_[i].bytes);
        });
        meter.finish();
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
                TestSlot& slot = slots_[i];
                if (slot.cached) {
                    slot.data = std::move(slot.cached->data);
                    return;
                }
                slot.qos->finish();
                mergeFolderResults(slot);
                if (slot.inputs && !options_.deferredStores)
                    options_.cache->store(*slot.inputs, slot.data, slot.readProblems);
            } catch (...) {
                const std::lock_guard lock(failureMutex);
                failure = std::current_exception();
            }
        });
        if (failure)
            std::rethrow_exception(failure);
        for (auto& slot : slots_) {
            if (slot.inputs && !slot.cached && options_.deferredStores)
                options_.deferredStores->push_back({results.tests.size(), *slot.inputs, slot.readProblems});
            results.tests.push_back(std::move(slot.data));
        }
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
