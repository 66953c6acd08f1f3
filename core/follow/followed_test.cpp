#include "core/follow/followed_test.h"

#include "core/load/events_reader.h"
#include "core/load/load_limits.h"
#include "core/load/log_reader.h"
#include "core/load/parallel_runner.h"
#include "core/load/results_layout.h"
#include "core/load/stats_reader.h"
#include "core/load/test_assembly.h"

#include <algorithm>
#include <atomic>

namespace loadscope {

namespace fs = std::filesystem;

// A user folder's two files and what they gave. QoS rows carry user number 0 here; assemble() shifts them to
// the user's place in the test, which moves when a new user folder appears before it.
struct FollowedTest::Folder {
    UserFolder folder;
    FollowedFile eventsFile{FollowedShape::JsonArray, true, limits::kMaxEventsFileBytes};
    FollowedFile statsFile{FollowedShape::JsonArray, true, limits::kMaxStatsFileBytes};
    std::vector<Event> events; // file order
    QosTables qos;
};

struct FollowedTest::QoeFile {
    std::string name;
    std::optional<QoeFileName> parsed;
    FollowedFile file{FollowedShape::JsonArray, false, limits::kMaxQoeFileBytes};
    std::vector<QoeCut> cuts; // fileIndex is set by assemble()
};

namespace {

// Queues the update of one file when its stamp moved; the job runs later, on a loader thread.
void queue(std::vector<std::function<void()>>& jobs, std::vector<std::uint64_t>& weights, FollowedFile& followed,
           fs::path path, std::string file, const FolderSnapshot& snapshot, FollowedFile::Parse parse,
           std::function<void()> clear, std::atomic<bool>& changed)
{
    const auto stamp = snapshot.stamp(file);
    jobs.push_back([&followed, path = std::move(path), file = std::move(file), stamp, parse = std::move(parse),
                    clear = std::move(clear), &changed]() mutable {
        if (followed.update(path, file, stamp, parse, clear))
            changed.store(true);
    });
    weights.push_back(stamp ? stamp->size : 0);
}

} // namespace

FollowedTest::FollowedTest(fs::path root, std::string name) : root_(std::move(root)), name_(std::move(name)) {}

FollowedTest::~FollowedTest() = default;

std::string FollowedTest::relative(const fs::path& path) const
{
    return relativeName(root_, path);
}

bool FollowedTest::update(const FolderSnapshot& snapshot, unsigned threads)
{
    std::vector<std::function<void()>> jobs;
    std::vector<std::uint64_t> weights;
    std::atomic<bool> filesChanged{false}; // set by the jobs, on several threads
    bool changed = updateFolderList(jobs, weights, snapshot, filesChanged);
    changed = updateQoeList(jobs, weights, snapshot, filesChanged) || changed;
    const fs::path log = layout::controllerLog(root_, name_);
    mediaNodeChoice_ = {};
    const MediaNodeFile mediaNode = chooseMediaNodeFile(
        root_, name_, [&snapshot](const std::string& relative) { return snapshot.stamp(relative).has_value(); },
        mediaNodeChoice_);
    if (mediaNode.path != mediaNode_.path) { // another file is read from now on: from its start
        mediaNode_ = mediaNode;
        mediaNodeFile_ = FollowedFile(FollowedShape::Lines, true, maxMediaNodeFileBytes(mediaNode.format));
        resources_.clear();
    }
    queue(
        jobs, weights, log_, log, relative(log), snapshot,
        [this, file = relative(log)](const FileBuffer& buffer, const ChunkPlace&, ProblemList& problems) {
            logInfo_ = readLogFile(buffer, file, problems);
        },
        [this] { logInfo_ = {}; }, filesChanged);
    queue(
        jobs, weights, mediaNodeFile_, mediaNode.path, relative(mediaNode.path), snapshot,
        [this, file = relative(mediaNode.path), format = mediaNode.format](const FileBuffer& buffer, const ChunkPlace&,
                                                                           ProblemList& problems) {
            resources_ = readMediaNodeFile(buffer, file, format, problems);
        },
        [this] { resources_.clear(); }, filesChanged);
    runInParallel(weights, std::max(1u, threads), [&jobs](std::size_t i) { jobs[i](); });
    return changed || filesChanged;
}

bool FollowedTest::updateFolderList(std::vector<std::function<void()>>& jobs, std::vector<std::uint64_t>& weights,
                                    const FolderSnapshot& snapshot, std::atomic<bool>& filesChanged)
{
    setup_ = {};
    std::vector<UserFolder> found = findUserFolders(root_, name_, setup_);
    bool changed = found.size() != folders_.size();
    std::map<std::string, std::unique_ptr<Folder>> known;
    for (auto& folder : folders_)
        known.emplace(folder->folder.relative, std::move(folder));
    folders_.clear();
    for (UserFolder& userFolder : found) {
        auto it = known.find(userFolder.relative);
        if (it == known.end()) {
            changed = true;
            folders_.push_back(std::make_unique<Folder>());
            folders_.back()->folder = std::move(userFolder);
        } else {
            folders_.push_back(std::move(it->second));
        }
    }
    for (auto& folderPointer : folders_) {
        Folder& folder = *folderPointer;
        const fs::path events = folder.folder.path / layout::kEventsFile;
        const fs::path stats = folder.folder.path / layout::kStatsFile;
        queue(
            jobs, weights, folder.eventsFile, events, relative(events), snapshot,
            [&folder, file = relative(events)](const FileBuffer& buffer, const ChunkPlace& place,
                                               ProblemList& problems) {
                const std::size_t before = folder.events.size();
                if (before >= limits::kMaxEventsPerFile)
                    return; // the reader said so when the limit was reached; the rest is refused
                readEventsFile(buffer, file, folder.events, problems, before);
                for (std::size_t i = before; i < folder.events.size(); ++i)
                    folder.events[i].line += place.lineOffset;
            },
            [&folder] { folder.events.clear(); }, filesChanged);
        queue(
            jobs, weights, folder.statsFile, stats, relative(stats), snapshot,
            [&folder, file = relative(stats)](const FileBuffer& buffer, const ChunkPlace&, ProblemList& problems) {
                QosTables chunk;
                readStatsFile(buffer, file, 0, chunk, problems);
                for (std::size_t t = 0; t < chunk.tables.size(); ++t)
                    folder.qos.tables[t].append(chunk.tables[t]);
            },
            [&folder] { folder.qos = {}; }, filesChanged);
    }
    return changed;
}

bool FollowedTest::updateQoeList(std::vector<std::function<void()>>& jobs, std::vector<std::uint64_t>& weights,
                                 const FolderSnapshot& snapshot, std::atomic<bool>& filesChanged)
{
    const std::vector<std::string> names = findQoeFiles(root_, name_);
    bool changed = names.size() != qoe_.size();
    std::map<std::string, std::unique_ptr<QoeFile>> known;
    for (auto& file : qoe_)
        known.emplace(file->name, std::move(file));
    qoe_.clear();
    for (const std::string& name : names) {
        auto it = known.find(name);
        if (it != known.end()) {
            qoe_.push_back(std::move(it->second));
            continue;
        }
        changed = true;
        qoe_.push_back(std::make_unique<QoeFile>());
        qoe_.back()->name = name;
        qoe_.back()->parsed = parseQoeFileName(name);
    }
    for (auto& pointer : qoe_) {
        QoeFile& qoe = *pointer;
        if (!qoe.parsed)
            continue;
        const fs::path path = layout::qoeFolder(root_, name_) / qoe.name;
        queue(
            jobs, weights, qoe.file, path, relative(path), snapshot,
            [&qoe, file = relative(path)](const FileBuffer& buffer, const ChunkPlace& place, ProblemList& problems) {
                const std::size_t before = qoe.cuts.size();
                readQoeFile(buffer, file, *qoe.parsed, 0, qoe.cuts, problems);
                for (std::size_t i = before; i < qoe.cuts.size(); ++i)
                    qoe.cuts[i].row += static_cast<int>(place.firstItem);
            },
            [&qoe] { qoe.cuts.clear(); }, filesChanged);
    }
    return changed;
}

TestData FollowedTest::assemble(const std::map<std::string, Batches>& batches, ProblemList& problems) const
{
    TestData data = beginTest(name_, batches, problems);
    problems.append(setup_);
    for (const auto& folder : folders_) {
        const int user = placeUserFolder(data, folder->folder, problems);
        auto& events = data.users.back().events;
        events.insert(events.end(), folder->events.begin(), folder->events.end());
        for (std::size_t t = 0; t < data.qos.tables.size(); ++t)
            data.qos.tables[t].append(folder->qos.tables[t], user);
        problems.append(folder->eventsFile.problems());
        problems.append(folder->statsFile.problems());
    }
    checkTestHasUserFolders(name_, folders_.size(), problems);
    sortUserRecordsByTime(data);
    data.log = logInfo_;
    data.resources = resources_;
    data.resourcesFile = relative(mediaNode_.path);
    problems.append(log_.problems());
    problems.append(mediaNodeChoice_);
    problems.append(mediaNodeFile_.problems());
    checkTestHasQoeFiles(name_, qoe_.size(), problems);
    int fileIndex = 0;
    for (const auto& qoe : qoe_) {
        if (!qoe->parsed) {
            warnUnnamedQoeFile(relative(layout::qoeFolder(root_, name_) / qoe->name), problems);
            continue;
        }
        for (QoeCut cut : qoe->cuts) {
            cut.fileIndex = fileIndex;
            data.qoe.push_back(std::move(cut));
        }
        problems.append(qoe->file.problems());
        ++fileIndex;
    }
    return data;
}

} // namespace loadscope
