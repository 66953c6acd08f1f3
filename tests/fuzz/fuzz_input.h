#pragma once
// What every fuzz target shares: libFuzzer's entry point and the input as a padded FileBuffer, as a reader
// gets it from disk. Each target is one .cpp defining LLVMFuzzerTestOneInput; the same file links into the
// libFuzzer binary (LOADSCOPE_FUZZ, clang) and into the plain regression driver (any compiler, run by CTest).
#include "core/load/file_buffer.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace loadscope::fuzz {

inline std::string_view bytesOf(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

inline FileBuffer bufferOf(const std::uint8_t* data, std::size_t size)
{
    return FileBuffer::fromBytes(bytesOf(data, size));
}

} // namespace loadscope::fuzz
