#pragma once
// The controller's test-case reports of a followed folder (logs/results.txt, logs/results-<ts>.txt; see
// results_report_reader.h): the ones the snapshot lists, each read again (its complete lines) when it changed, and
// each test's log checked against them as a full load checks it.
#include "core/follow/folder_snapshot.h"
#include "core/follow/followed_files.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace loadscope {

class FollowedReports {
public:
    explicit FollowedReports(std::filesystem::path root);
    ~FollowedReports();

    // Reads the reports that appeared or changed, forgets those that went. True when any of them did.
    bool update(const FolderSnapshot& snapshot);
    // The reports' own problems, then those of each test's log against them.
    void check(const std::vector<TestData>& tests, ProblemList& problems) const;

private:
    struct Report;
    std::filesystem::path root_;
    std::vector<std::unique_ptr<Report>> reports_; // sorted by name
};

} // namespace loadscope
