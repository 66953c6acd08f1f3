#pragma once
// What a results folder looks like at one moment: size and modification time of every file and folder under
// stats/, logs/, dfs_final/ and qoe/. Comparing two snapshots tells live follow what grew or appeared.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct FileStamp {
    std::uint64_t size = 0; // 0 for folders
    std::filesystem::file_time_type modified{};
    bool folder = false;
    bool operator==(const FileStamp&) const = default;
};

class FolderSnapshot {
public:
    // Walks `root`; unreadable entries are left out (they show up as missing when read).
    static FolderSnapshot take(const std::filesystem::path& root);

    // The stamp of a root-relative path ("stats/<test>/LoadTestSession1/User1/events.json"), nullopt when absent.
    std::optional<FileStamp> stamp(const std::string& relative) const;
    const std::map<std::string, FileStamp>& entries() const { return entries_; }
    bool operator==(const FolderSnapshot&) const = default;

private:
    std::map<std::string, FileStamp> entries_; // root-relative generic path → stamp
};

} // namespace loadscope
