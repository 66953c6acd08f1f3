// Fuzz target: a re-open cache entry's test (decodeCachedTest, after the header and key the cache checks). Never
// reads out of bounds; what decodes encodes to bytes that decode and encode to the same bytes again (an input may
// be non-canonical, e.g. extra QoE metrics out of order, but nothing is lost or invented on the way back).
#include "fuzz_input.h"

#include "core/cache/test_data_codec.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes = loadscope::fuzz::bytesOf(data, size);
    try {
        loadscope::BinaryReader in(bytes);
        const loadscope::CachedTest cached = loadscope::decodeCachedTest(in);
        loadscope::BinaryWriter out;
        loadscope::encodeCachedTest(out, cached.data, cached.problems);
        loadscope::BinaryReader again(out.bytes());
        const loadscope::CachedTest twice = loadscope::decodeCachedTest(again);
        loadscope::BinaryWriter outAgain;
        loadscope::encodeCachedTest(outAgain, twice.data, twice.problems);
        if (outAgain.bytes() != out.bytes())
            std::abort();
    } catch (const loadscope::CacheFormatError&) {
    }
    return 0;
}
