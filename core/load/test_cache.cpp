#include "core/load/test_cache.h"

#include "core/load/results_layout.h"

#include <sys/stat.h>

namespace loadscope {

std::vector<InputFile> describeInputFiles(const std::filesystem::path& root,
                                          const std::vector<std::filesystem::path>& paths)
{
    std::vector<InputFile> stamps;
    stamps.reserve(paths.size());
    for (const auto& path : paths) {
        InputFile stamp{relativeName(root, path)};
        struct stat status {}; // one call for both, where std::filesystem would make two
        if (::stat(path.c_str(), &status) == 0) {
            stamp.size = static_cast<std::uint64_t>(status.st_size);
            stamp.modified = std::int64_t{status.st_mtim.tv_sec} * 1'000'000'000 + status.st_mtim.tv_nsec;
        }
        stamps.push_back(std::move(stamp));
    }
    return stamps;
}

} // namespace loadscope
