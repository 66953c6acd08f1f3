#pragma once
// Shared by the re-open cache's tests: a writable copy of the bundled sample, a cache in a temporary folder that
// counts what the loader asked of it, and the report's tables as text.
#include "core/cache/results_cache.h"
#include "core/report/report.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>

namespace loadscope::testing {

// ResultsCache as the loader sees it, with the tests each call was about.
class CountingCache final : public TestCache {
public:
    explicit CountingCache(CacheSettings settings) : cache_(std::move(settings)) {}
    bool mayHave(const TestInputs& inputs) const override { return cache_.mayHave(inputs); }
    std::optional<CachedTest> find(const TestInputs& inputs) const override
    {
        auto found = cache_.find(inputs);
        const std::lock_guard lock(mutex_);
        (found ? restored : missed).push_back(inputs.test);
        return found;
    }
    void store(const TestInputs& inputs, const TestData& data, const std::vector<Problem>& problems) override
    {
        cache_.store(inputs, data, problems);
        const std::lock_guard lock(mutex_);
        stored.push_back(inputs.test);
    }
    std::filesystem::path entryPath(const TestInputs& inputs) const { return cache_.entryPath(inputs); }
    void clear()
    {
        restored.clear();
        missed.clear();
        stored.clear();
    }
    mutable std::vector<std::string> restored, missed;
    std::vector<std::string> stored;

private:
    ResultsCache cache_;
    mutable std::mutex mutex_;
};

inline void copySample(const std::filesystem::path& to)
{
    std::filesystem::copy(std::filesystem::path(LOADSCOPE_SOURCE_DIR) / "resources" / "sample", to,
                          std::filesystem::copy_options::recursive);
}

// A temporary folder holding a writable copy of the sample (`root`) and room for a cache (`cacheFolder`).
struct SampleWorkspace {
    std::unique_ptr<QTemporaryDir> folder;
    std::filesystem::path root, cacheFolder;
};

inline SampleWorkspace makeSampleWorkspace()
{
    SampleWorkspace workspace{std::make_unique<QTemporaryDir>(), {}, {}};
    const std::filesystem::path work(workspace.folder->path().toStdString());
    workspace.root = work / "sample";
    workspace.cacheFolder = work / "cache";
    copySample(workspace.root);
    return workspace;
}

// Every path under `root` with its size (0 for a folder), sorted: equal before and after when nothing was written.
inline std::vector<std::string> filesUnder(const std::filesystem::path& root)
{
    std::vector<std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
        files.push_back(entry.path().string() + " " + std::to_string(entry.is_regular_file() ? entry.file_size() : 0));
    std::sort(files.begin(), files.end());
    return files;
}

inline void writeFile(const std::filesystem::path& path, const std::string& text)
{
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// Every file in `out`, by name.
inline std::map<std::string, std::string> readTables(const std::filesystem::path& out)
{
    std::map<std::string, std::string> tables;
    for (const auto& entry : std::filesystem::directory_iterator(out)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        tables[entry.path().filename().string()] = text.str();
    }
    return tables;
}

// Every table `report` writes, by file name.
inline std::map<std::string, std::string> reportTables(const std::filesystem::path& root,
                                                       const std::filesystem::path& out,
                                                       std::shared_ptr<TestCache> cache)
{
    ReportOptions options;
    options.root = root;
    options.out = out;
    options.cache = std::move(cache);
    const ReportOutcome outcome = writeReport(options);
    if (outcome.status != ReportStatus::Written)
        return {};
    return readTables(out);
}

// The entries in `kind` ("tests": loaded tests; "reports": the report's tables) of the cache in `folder`.
inline std::vector<std::filesystem::path> cacheEntries(const std::filesystem::path& folder,
                                                       const std::string& kind = "tests")
{
    std::vector<std::filesystem::path> entries;
    std::error_code error;
    for (std::filesystem::directory_iterator it(folder / kind, error), end; !error && it != end; ++it)
        entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

} // namespace loadscope::testing
