#include "core/follow/folder_snapshot.h"

#include "core/load/results_layout.h"

#include <array>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

// The folders a results root keeps its data in (results-format.md); anything else under the root is not read.
constexpr auto kDataFolders = layout::kDataFolders;

// Deep enough for stats/<test>/<session>/<user>/<file>; deeper trees (copied junk) are not walked.
constexpr int kMaxDepth = 4;

} // namespace

FolderSnapshot FolderSnapshot::take(const fs::path& root)
{
    FolderSnapshot snapshot;
    for (const char* folder : kDataFolders) {
        std::error_code error;
        fs::recursive_directory_iterator it(root / folder, fs::directory_options::skip_permission_denied, error);
        for (const fs::recursive_directory_iterator end; !error && it != end; it.increment(error)) {
            std::error_code statError;
            const fs::file_status status = it->status(statError);
            if (statError)
                continue;
            FileStamp stamp;
            stamp.folder = fs::is_directory(status);
            if (!stamp.folder && !fs::is_regular_file(status))
                continue;
            if (stamp.folder && it.depth() >= kMaxDepth - 1)
                it.disable_recursion_pending();
            stamp.modified = it->last_write_time(statError);
            if (!stamp.folder)
                stamp.size = it->file_size(statError);
            if (statError)
                continue; // vanished between the listing and the look
            std::string relative = std::string(folder) + "/" +
                                   it->path().lexically_relative(root / folder).generic_string();
            snapshot.entries_.emplace(std::move(relative), stamp);
        }
    }
    return snapshot;
}

std::optional<FileStamp> FolderSnapshot::stamp(const std::string& relative) const
{
    const auto it = entries_.find(relative);
    if (it == entries_.end())
        return std::nullopt;
    return it->second;
}

} // namespace loadscope
