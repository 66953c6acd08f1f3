#include "core/report/report_cache.h"

#include "core/cache/binary_reader.h"
#include "core/cache/cache_eviction.h"
#include "core/cache/cache_file.h"
#include "core/cache/cache_key.h"
#include "core/report/report_digest.h"
#include "core/util/version.h"
#include "core/util/xxhash64.h"

#include <algorithm>

namespace loadscope {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kTag = "loadscope report tables 1"; // bump when the payload below changes

// Every file under `root` (directory symlinks followed), sorted by path; nullopt when a folder cannot be listed.
std::optional<std::vector<InputFile>> stampEveryFile(const fs::path& root)
{
    std::vector<fs::path> files;
    std::error_code error;
    fs::recursive_directory_iterator it(root, fs::directory_options::follow_directory_symlink, error), end;
    for (; !error && it != end; it.increment(error)) {
        std::error_code typeError;
        if (!it->is_directory(typeError))
            files.push_back(it->path());
    }
    if (error)
        return std::nullopt;
    std::vector<InputFile> stamps = describeInputFiles(root, files);
    std::sort(stamps.begin(), stamps.end(), [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
    return stamps;
}

// A table's name as the report writes it: a plain file name, so an entry can never name a path outside `out`.
bool isPlainFileName(const std::string& name)
{
    return !name.empty() && name.front() != '.' && name.find('/') == std::string::npos &&
           name.find('\0') == std::string::npos;
}

} // namespace

std::optional<ReportKey> reportKeyOf(const fs::path& root, const std::vector<std::string>& tests,
                                     const AnalysisOptions& analysis)
{
    const std::string canonical = canonicalRootOf(root.string());
    const auto stamps = stampEveryFile(canonical);
    if (!stamps)
        return std::nullopt;
    BinaryWriter options; // what names the entry: the root and what changes the tables
    options.putString(canonical);
    options.put<std::uint8_t>(analysis.mode == AnalysisMode::Corrected ? 0 : 1);
    options.put<std::uint8_t>(analysis.logUtcOffsetMinutes ? 1 : 0);
    options.put<std::int32_t>(analysis.logUtcOffsetMinutes.value_or(0));
    options.putStrings(tests);
    BinaryWriter out;
    out.putString(kTag);
    out.putString(LOADSCOPE_VERSION);
    out.putString(kReportDigest);
    out.putBytes(options.bytes());
    putInputFiles(out, *stamps);
    ReportKey key;
    key.hash = xxhash64(out.bytes());
    key.bytes = out.take();
    key.entryName = cacheEntryName(xxhash64(options.bytes()));
    return key;
}

ReportCache::ReportCache(CacheSettings settings) : settings_(std::move(settings)) {}

fs::path ReportCache::entryPath(const ReportKey& key) const
{
    return settings_.folder / "reports" / key.entryName;
}

std::optional<ReportTables> ReportCache::find(const ReportKey& key) const
{
    if (settings_.folder.empty())
        return std::nullopt;
    const fs::path path = entryPath(key);
    const auto entry = readCacheFile(path, key.hash);
    if (!entry || entry->payload.substr(0, key.bytes.size()) != key.bytes)
        return std::nullopt;
    try {
        BinaryReader in(entry->payload.substr(key.bytes.size()));
        ReportTables tables;
        tables.tests = in.get<std::uint64_t>();
        tables.problems = in.get<std::uint64_t>();
        const std::size_t count = in.getCount(2 * sizeof(std::uint64_t));
        for (std::size_t i = 0; i < count; ++i) {
            std::string name = in.getString();
            std::string contents = in.getString();
            if (!isPlainFileName(name))
                return std::nullopt;
            tables.files.emplace_back(std::move(name), std::move(contents));
        }
        if (!in.atEnd())
            return std::nullopt;
        touchCacheEntry(path);
        return tables;
    } catch (const CacheFormatError&) {
        return std::nullopt;
    }
}

void ReportCache::store(const ReportKey& key, const ReportTables& tables) const
{
    if (settings_.folder.empty())
        return;
    const bool written = writeCacheFile(entryPath(key), key.hash, [&](BinaryWriter& out) {
        out.putBytes(key.bytes);
        out.put<std::uint64_t>(tables.tests);
        out.put<std::uint64_t>(tables.problems);
        out.putCount(tables.files.size());
        for (const auto& [name, contents] : tables.files) {
            out.putString(name);
            out.putString(contents);
        }
    });
    if (written)
        removeOldestEntriesBeyondCap(cacheEntryFolders(settings_), settings_.capBytes);
}

} // namespace loadscope
