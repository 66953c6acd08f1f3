#pragma once
// Which file holds a test's media-node CPU and memory, and reading it by its format: dfs_final/<test>-medianode.csv
// (the hand-merged export the notebook reads) or the Metricbeat export <test>-medianode.ndjson / .json (one
// document per line, metricbeat_reader.h). The CSV wins when there are several; the others are named in a warning.
// A full load and follow choose with the same function, so they read the same file.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace loadscope {

enum class MediaNodeFormat { Csv, Metricbeat };

struct MediaNodeFile {
    std::filesystem::path path;
    MediaNodeFormat format = MediaNodeFormat::Csv;
};

// The first of the CSV, the .ndjson and the .json for which `exists` (asked with a root-relative name) is true;
// the CSV when none is (reading it then says it is missing). Each other one that exists gets a warning naming the
// file read instead.
MediaNodeFile chooseMediaNodeFile(const std::filesystem::path& root, const std::string& test,
                                  const std::function<bool(const std::string& relative)>& exists,
                                  ProblemList& problems);
// The same, asking the file system.
MediaNodeFile chooseMediaNodeFile(const std::filesystem::path& root, const std::string& test, ProblemList& problems);

// The bytes read of such a file at most (load_limits.h).
std::size_t maxMediaNodeFileBytes(MediaNodeFormat format);

// Its rows, by its format's reader; problems name `file` and the line.
std::vector<ResourceSample> readMediaNodeFile(const FileBuffer& buffer, const std::string& file, MediaNodeFormat format,
                                              ProblemList& problems);

} // namespace loadscope
