#include "core/cache/cache_key.h"

#include "core/cache/binary_writer.h"
#include "core/cache/loader_digest.h"
#include "core/util/version.h"
#include "core/util/xxhash64.h"

#include <cstdio>
#include <filesystem>

namespace loadscope {

void putInputFiles(BinaryWriter& out, const std::vector<InputFile>& files)
{
    out.putCount(files.size());
    for (const InputFile& file : files) {
        out.putString(file.path);
        out.put(file.size);
        out.put(file.modified);
    }
}

std::string cacheEntryName(std::uint64_t hash)
{
    char name[40];
    std::snprintf(name, sizeof name, "%016llx.lsc", static_cast<unsigned long long>(hash));
    return name;
}

std::string canonicalRootOf(const std::string& root)
{
    std::error_code error;
    const auto canonical = std::filesystem::weakly_canonical(std::filesystem::absolute(root, error), error);
    return error ? root : canonical.string();
}

CacheKey cacheKeyOf(const TestInputs& inputs)
{
    const std::string root = canonicalRootOf(inputs.root);
    BinaryWriter out;
    out.putString(LOADSCOPE_VERSION);
    out.putString(kLoaderDigest);
    out.putString(root);
    out.putString(inputs.test);
    out.put<std::uint8_t>(inputs.loadQos ? 1 : 0);
    putInputFiles(out, inputs.files);
    CacheKey key;
    key.hash = xxhash64(out.bytes());
    key.bytes = out.take();
    key.entryName = cacheEntryName(xxhash64(root + '\0' + inputs.test));
    return key;
}

} // namespace loadscope
