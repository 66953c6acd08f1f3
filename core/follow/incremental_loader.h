#pragma once
// Live follow of a results folder that a running test is still writing. Each update() looks at the folder and
// reads only what grew or appeared since the last one (from where each file's reading stopped), then analyses
// again only the tests that changed. An incomplete last record (an item cut short, a line without its newline,
// a batches.json caught half-rewritten) is not a problem, just not yet there; everything else is read and
// reported as loadResults does, within the same limits (load_limits.h).
// Only ever reads the folder.
#include "core/follow/folder_snapshot.h"
#include "core/follow/followed_reports.h"
#include "core/model/results.h"
#include "core/pipeline/analysed_results.h"

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

class FollowedTest;

struct FollowOptions {
    AnalysisOptions analysis;
    unsigned threads = 0; // 0 = std::thread::hardware_concurrency()
};

struct FollowUpdate {
    std::shared_ptr<const AnalysedResults> analysed; // the whole folder as it is now, every test analysed
    std::vector<std::string> changedTests;           // the tests read or analysed again
};

class IncrementalLoader {
public:
    explicit IncrementalLoader(std::filesystem::path root, FollowOptions options = {});
    ~IncrementalLoader();
    IncrementalLoader(const IncrementalLoader&) = delete;
    IncrementalLoader& operator=(const IncrementalLoader&) = delete;

    // Reads what changed since the last call (everything on the first); nullopt when nothing did.
    std::optional<FollowUpdate> update();
    std::optional<FollowUpdate> update(const FolderSnapshot& snapshot);
    const std::filesystem::path& root() const { return root_; }
    const std::optional<FolderSnapshot>& lastSnapshot() const { return last_; } // what the last update saw

private:
    void readBatches(const FolderSnapshot& snapshot);
    bool updateTestList();

    std::filesystem::path root_;
    FollowOptions options_;
    std::optional<FolderSnapshot> last_;
    std::vector<std::unique_ptr<FollowedTest>> tests_; // sorted by name
    FollowedReports reports_;                          // logs/results*.txt, checked against the tests' logs
    std::map<std::string, Batches> batches_;
    ProblemList batchProblems_;
    std::optional<FileStamp> batchesStamp_;
    bool batchesRead_ = false;
    bool batchesParsed_ = false;                      // read and parsed (its entries can be looked for)
    std::shared_ptr<const AnalysedResults> analysed_; // the last update's
};

} // namespace loadscope
