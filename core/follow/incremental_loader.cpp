#include "core/follow/incremental_loader.h"

#include "core/load/batches_reader.h"
#include "core/load/checked_read.h"
#include "core/load/load_limits.h"
#include "core/load/file_buffer.h"
#include "core/follow/followed_test.h"
#include "core/load/results_layout.h"
#include "core/load/results_loader.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

const std::string kBatchesFile = layout::kBatchesFile;

} // namespace

IncrementalLoader::IncrementalLoader(fs::path root, FollowOptions options) : root_(std::move(root)), options_(options)
{
}

IncrementalLoader::~IncrementalLoader() = default;

std::optional<FollowUpdate> IncrementalLoader::update()
{
    return update(FolderSnapshot::take(root_));
}

void IncrementalLoader::readBatches(const FolderSnapshot& snapshot)
{
    const auto stamp = snapshot.stamp(kBatchesFile);
    if (batchesRead_ && stamp == batchesStamp_)
        return;
    batchesRead_ = true;
    batchesStamp_ = stamp;
    ProblemList problems;
    std::optional<FileBuffer> buffer;
    if (stamp)
        buffer = readChecked(root_ / kBatchesFile, kBatchesFile, problems, limits::kMaxBatchesFileBytes);
    // The runner rewrites the file after each batch: caught half-written, it is not yet there and what was read
    // before stands (a normal load reports it).
    if (buffer && !buffer->cutAtLimit() && isCutShortJson(buffer->text()))
        return;
    batches_.clear();
    batchesParsed_ = false;
    if (buffer) {
        batches_ = readBatchesFile(*buffer, kBatchesFile, problems);
        batchesParsed_ = true;
    }
    batchProblems_ = std::move(problems);
}

bool IncrementalLoader::updateTestList()
{
    const std::vector<std::string> names = discoverTests(root_);
    bool changed = names.size() != tests_.size();
    std::vector<std::unique_ptr<FollowedTest>> kept;
    for (const std::string& name : names) {
        auto it = std::find_if(tests_.begin(), tests_.end(), [&name](const auto& t) { return t && t->name() == name; });
        if (it != tests_.end()) {
            kept.push_back(std::move(*it));
        } else {
            kept.push_back(std::make_unique<FollowedTest>(root_, name));
            changed = true;
        }
    }
    tests_ = std::move(kept);
    return changed;
}

std::optional<FollowUpdate> IncrementalLoader::update(const FolderSnapshot& snapshot)
{
    if (last_ && *last_ == snapshot)
        return std::nullopt;
    last_ = snapshot;
    auto results = std::make_shared<Results>();
    results->root = root_.string();
    FollowUpdate update;
    if (!checkResultsRoot(root_, results->problems)) {
        tests_.clear();
        analyses_.clear();
        analysisProblems_.clear();
        update.results = results;
        results_ = results;
        return update;
    }
    const std::map<std::string, Batches> oldBatches = batches_;
    readBatches(snapshot);
    const bool batchesChanged = oldBatches.size() != batches_.size() ||
                                !std::equal(oldBatches.begin(), oldBatches.end(), batches_.begin(),
                                            [](const auto& a, const auto& b) {
                                                return a.first == b.first &&
                                                       a.second.startingParticipants == b.second.startingParticipants &&
                                                       a.second.batchSize == b.second.batchSize;
                                            });
    updateTestList();
    if (tests_.empty())
        results->problems.push_back(noTestFoldersProblem());
    ProblemList problems = batchProblems_;
    if (!snapshot.stamp(kBatchesFile) && !tests_.empty())
        problems.warn(kBatchesFile, 0, "missing: batch numbers are unknown");
    for (const auto& test : tests_)
        if (batchesParsed_ && !batches_.count(test->name()))
            problems.warn(kBatchesFile, 0, "no entry for test " + test->name());
    const unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    for (const auto& test : tests_) {
        bool changed = test->update(snapshot, threads) || batchesChanged || !analyses_.count(test->name());
        results->tests.push_back(test->assemble(batches_, problems));
        if (changed)
            update.changedTests.push_back(test->name());
    }
    results->problems.insert(results->problems.end(), problems.items().begin(), problems.items().end());
    // Analyses point into the new tables: changed tests are analysed again, the others copied and re-pointed.
    std::map<std::string, std::shared_ptr<const TestAnalysis>> analyses;
    std::map<std::string, ProblemList> analysisProblems;
    for (const TestData& data : results->tests) {
        const std::string& name = data.info.name;
        const bool changed = std::find(update.changedTests.begin(), update.changedTests.end(), name) !=
                             update.changedTests.end();
        auto analysis = std::make_shared<TestAnalysis>();
        if (changed) {
            ProblemList found;
            *analysis = analyseTest(data, options_.analysis, found);
            analysisProblems[name] = std::move(found);
        } else {
            *analysis = *analyses_.at(name);
            analysis->data = &data;
            analysisProblems[name] = analysisProblems_[name];
        }
        analyses[name] = analysis;
        update.analyses.push_back(std::move(analysis));
        const auto& found = analysisProblems[name].items();
        update.analysisProblems.insert(update.analysisProblems.end(), found.begin(), found.end());
    }
    analyses_ = std::move(analyses);
    analysisProblems_ = std::move(analysisProblems);
    results_ = results;
    update.results = std::move(results);
    return update;
}

} // namespace loadscope
