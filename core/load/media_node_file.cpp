#include "core/load/media_node_file.h"

#include "core/load/load_limits.h"
#include "core/load/metricbeat_reader.h"
#include "core/load/resource_csv_reader.h"
#include "core/load/results_layout.h"

#include <array>

namespace loadscope {

namespace fs = std::filesystem;

MediaNodeFile chooseMediaNodeFile(const fs::path& root, const std::string& test,
                                  const std::function<bool(const std::string& relative)>& exists, ProblemList& problems)
{
    const std::array<MediaNodeFile, 3> candidates{
        {{layout::mediaNodeCsv(root, test), MediaNodeFormat::Csv},
         {layout::mediaNodeMetricbeat(root, test), MediaNodeFormat::Metricbeat},
         {layout::mediaNodeMetricbeat(root, test, "json"), MediaNodeFormat::Metricbeat}}};
    const MediaNodeFile* chosen = nullptr;
    for (const MediaNodeFile& candidate : candidates) {
        const std::string relative = relativeName(root, candidate.path);
        if (!exists(relative))
            continue;
        if (!chosen)
            chosen = &candidate;
        else
            problems.warn(relative, 0,
                          "ignored: the media node's metrics are read from " + relativeName(root, chosen->path) +
                              " (one file per test; the CSV comes first, then .ndjson, then .json)");
    }
    return chosen ? *chosen : candidates.front();
}

MediaNodeFile chooseMediaNodeFile(const fs::path& root, const std::string& test, ProblemList& problems)
{
    return chooseMediaNodeFile(
        root, test,
        [&root](const std::string& relative) {
            std::error_code error;
            return fs::exists(root / relative, error);
        },
        problems);
}

std::size_t maxMediaNodeFileBytes(MediaNodeFormat format)
{
    return format == MediaNodeFormat::Csv ? limits::kMaxCpuCsvFileBytes : limits::kMaxMetricbeatFileBytes;
}

std::vector<ResourceSample> readMediaNodeFile(const FileBuffer& buffer, const std::string& file, MediaNodeFormat format,
                                              ProblemList& problems)
{
    return format == MediaNodeFormat::Csv ? readResourceCsv(buffer, file, problems)
                                          : readMetricbeatNdjson(buffer, file, problems);
}

} // namespace loadscope
