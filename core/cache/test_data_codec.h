#pragma once
// A loaded test (its tables and the problems its files gave) to bytes and back, for the re-open cache. Decoding
// checks what later code indexes by (QoS rows' users and peers, column lengths, enumerators) and throws
// CacheFormatError on anything that does not fit.
#include "core/cache/binary_reader.h"
#include "core/cache/binary_writer.h"
#include "core/load/test_cache.h"

namespace loadscope {

void encodeCachedTest(BinaryWriter& out, const TestData& data, const std::vector<Problem>& problems);
CachedTest decodeCachedTest(BinaryReader& in);

} // namespace loadscope
