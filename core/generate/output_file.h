#pragma once
// A file written through one large buffer, with the few appenders the writers need (no JSON DOM: the generator
// streams gigabytes). Throws std::runtime_error naming the file on any I/O error.
#include "core/util/time.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <vector>

namespace loadscope::generate {

enum class ClockText {
    IsoUtc,        // 2024-06-13T10:00:01.234Z
    LocalNoZone,   // 2024-06-13 12:00:01.234 (the wall clock at the offset, no zone written)
    IsoWithOffset, // 2024-06-13T12:00:01.234+02:00
};

class OutputFile {
public:
    explicit OutputFile(const std::filesystem::path& path);
    ~OutputFile(); // flushes and closes, swallowing errors; call close() to see them
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    OutputFile& text(std::string_view text);
    OutputFile& put(char c);
    OutputFile& integer(long long value);
    OutputFile& number(double value);          // shortest round-trip text; `null` for NaN
    OutputFile& quoted(std::string_view text); // "text" (generator strings need no escaping)
    OutputFile& time(TimeNs t, ClockText style, int offsetMinutes = 0);
    OutputFile& epochMilliseconds(TimeNs t); // 1718272801240.123

    void close();
    std::uint64_t bytesWritten() const { return written_ + used_; }

private:
    void ensure(std::size_t bytes);
    void flush();

    std::filesystem::path path_;
    std::FILE* file_ = nullptr;
    std::vector<char> buffer_;
    std::size_t used_ = 0;
    std::uint64_t written_ = 0;
};

// Writes a whole small file at once.
void writeTextFile(const std::filesystem::path& path, std::string_view content);

} // namespace loadscope::generate
