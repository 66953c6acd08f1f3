#pragma once
// One test of a followed results folder: every file it reads, what each gave so far, and how they make the
// test's tables. A user folder or QoE file that grew is read from where it stopped, the log and the media-node file
// (the one a full load would choose: CSV or Metricbeat NDJSON) again up to their last complete line; the tables are
// then put together as a full load of the same complete records would (same order, same user numbers).
#include "core/follow/folder_snapshot.h"
#include "core/follow/followed_files.h"
#include "core/load/load_limits.h"
#include "core/load/media_node_file.h"
#include "core/load/qoe_reader.h"
#include "core/load/results_layout.h"
#include "core/model/results.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace loadscope {

class FollowedTest {
public:
    FollowedTest(std::filesystem::path root, std::string name);
    ~FollowedTest();

    // Reads what `snapshot` says changed (everything the first time), on up to `threads` threads. Returns true
    // when the test's tables may have changed.
    bool update(const FolderSnapshot& snapshot, unsigned threads);
    // The test's tables and the problems met reading them.
    TestData assemble(const std::map<std::string, Batches>& batches, ProblemList& problems) const;
    const std::string& name() const { return name_; }

private:
    struct Folder;
    struct QoeFile;
    // Both return true when the list of files changed; the queued jobs set `filesChanged` when they read.
    bool updateFolderList(std::vector<std::function<void()>>& jobs, std::vector<std::uint64_t>& weights,
                          const FolderSnapshot& snapshot, std::atomic<bool>& filesChanged);
    bool updateQoeList(std::vector<std::function<void()>>& jobs, std::vector<std::uint64_t>& weights,
                       const FolderSnapshot& snapshot, std::atomic<bool>& filesChanged);
    std::string relative(const std::filesystem::path& path) const;

    std::filesystem::path root_;
    std::string name_;
    ProblemList setup_;                            // of the folder listing
    std::vector<std::unique_ptr<Folder>> folders_; // in findUserFolders order
    std::vector<std::unique_ptr<QoeFile>> qoe_;    // sorted by name
    FollowedFile log_{FollowedShape::Lines, true, limits::kMaxLogFileBytes};
    MediaNodeFile mediaNode_;     // the file chosen (empty path before the first update)
    ProblemList mediaNodeChoice_; // the other media-node files ignored
    FollowedFile mediaNodeFile_{FollowedShape::Lines, true, limits::kMaxCpuCsvFileBytes};
    LogInfo logInfo_;
    std::vector<ResourceSample> resources_;
};

} // namespace loadscope
