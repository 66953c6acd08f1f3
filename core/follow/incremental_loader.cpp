#include "core/follow/incremental_loader.h"

#include "core/load/batches_reader.h"
#include "core/load/checked_read.h"
#include "core/load/load_limits.h"
#include "core/load/file_buffer.h"
#include "core/follow/followed_test.h"
#include "core/load/results_layout.h"
#include "core/load/results_loader.h"
#include "core/load/test_assembly.h"

#include <algorithm>
#include <exception>
#include <thread>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

const std::string kBatchesFile = layout::kBatchesFile;

} // namespace

IncrementalLoader::IncrementalLoader(fs::path root, FollowOptions options)
    : root_(std::move(root)), options_(options), reports_(root_)
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
    auto results = std::make_unique<Results>();
    results->root = root_.string();
    const unsigned threads = options_.threads ? options_.threads : std::max(1u, std::thread::hardware_concurrency());
    FollowUpdate update;
    if (!checkResultsRoot(root_, results->problems)) {
        tests_.clear();
        analysed_ = std::make_shared<const AnalysedResults>(analyseLoaded(std::move(results), options_.analysis, 1));
        update.analysed = analysed_;
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
    std::vector<std::string> names;
    for (const auto& test : tests_)
        names.push_back(test->name());
    checkBatchesCoverTests(snapshot.stamp(kBatchesFile).has_value(), batchesParsed_ ? &batches_ : nullptr, names,
                           problems);
    // The earlier analyses by test name: a test that did not change keeps its analysis, re-pointed at its new tables.
    std::map<std::string, std::size_t> earlier;
    if (analysed_)
        for (std::size_t i = 0; i < analysed_->results->tests.size(); ++i)
            earlier.emplace(analysed_->results->tests[i].info.name, i);
    std::vector<std::optional<std::size_t>> reusable;
    for (const auto& test : tests_) {
        const bool changed = test->update(snapshot, threads) || batchesChanged || !earlier.count(test->name());
        results->tests.push_back(test->assemble(batches_, problems));
        if (changed)
            update.changedTests.push_back(test->name());
        reusable.push_back(changed ? std::nullopt : std::optional<std::size_t>(earlier.at(test->name())));
    }
    reports_.update(snapshot);
    reports_.check(results->tests, problems);
    results->problems.insert(results->problems.end(), problems.items().begin(), problems.items().end());
    const std::shared_ptr<const AnalysedResults> before = analysed_;
    const auto reuse = [&](std::size_t i, TestAnalysis& analysis, ProblemList& found) {
        if (!reusable[i])
            return false;
        analysis = before->analyses[*reusable[i]];
        found = before->analysisProblems[*reusable[i]];
        return true;
    };
    AnalysedResults analysed = analyseLoaded(std::move(results), options_.analysis, threads, reuse);
    for (std::size_t i = 0; i < analysed.analyses.size(); ++i)
        analysed.analyses[i].data = &analysed.results->tests[i];
    analysed_ = std::make_shared<const AnalysedResults>(std::move(analysed));
    update.analysed = analysed_;
    return update;
}

} // namespace loadscope
