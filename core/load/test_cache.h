#pragma once
// The re-open cache as the loader sees it (LoadOptions::cache): a test whose input files are unchanged since it was
// cached is restored instead of parsed. The loader lists what a test is made of (TestInputs: every file it would
// read, with size and modification time); the cache decides. Its one implementation, files under
// $XDG_CACHE_HOME/loadscope, is core/cache/results_cache.h: this interface keeps the loader free of it.
#include "core/model/problem.h"
#include "core/model/results.h"

#include <compare>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct InputFile {
    std::string path;          // relative to the results root
    std::uint64_t size = 0;    //
    std::int64_t modified = 0; // modification time, nanoseconds since 1970
    bool operator==(const InputFile&) const = default;
};

struct TestInputs {
    std::string root;             // the results root as given to the loader
    std::string test;             // folder name under stats/
    bool loadQos = true;          // LoadOptions::loadQos: a test loaded without its stats.json is another entry
    std::vector<InputFile> files; // every file read for the test (job order), then batches.json when present
    bool operator==(const TestInputs&) const = default;
};

// `paths` with their size and modification time (a file that vanished: size 0, time 0).
std::vector<InputFile> describeInputFiles(const std::filesystem::path& root,
                                          const std::vector<std::filesystem::path>& paths);

struct CachedTest {
    TestData data;                 // the test's tables, assembled
    std::vector<Problem> problems; // what reading its files said, in the loader's order
};

// A test loaded from its files that the cache should keep, when the loader was asked to leave storing to its
// caller (LoadOptions::deferredStores): store it with TestCache::store while the Results live.
struct DeferredStore {
    std::size_t test = 0;          // index into Results::tests
    TestInputs inputs;             //
    std::vector<Problem> problems; // what reading its files said
};

class TestCache {
public:
    virtual ~TestCache() = default;
    // Cheap (an entry's header only): whether `inputs` may be cached. The loader's thread, while discovering.
    virtual bool mayHave(const TestInputs& inputs) const = 0;
    // The cached test; nullopt when it is absent, stale, corrupt or foreign (the loader then parses the files).
    // Called from loader threads.
    virtual std::optional<CachedTest> find(const TestInputs& inputs) const = 0;
    // Keeps a test just loaded from its files. Called from loader threads, one call per test.
    virtual void store(const TestInputs& inputs, const TestData& data, const std::vector<Problem>& problems) = 0;
};

} // namespace loadscope
