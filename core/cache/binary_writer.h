#pragma once
// Appends values to a byte string in this machine's layout (the re-open cache's files; binary_reader.h reads them
// back and trusts nothing). Counts are 64-bit; a vector of plain values is written in one copy. A streaming writer
// hands its bytes to a sink as they come (through a small buffer), so an entry never has to be whole in memory.
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace loadscope {

class BinaryWriter {
public:
    using Sink = std::function<void(std::string_view)>;

    BinaryWriter() = default;
    explicit BinaryWriter(Sink sink) : sink_(std::move(sink)) {}
    // Streaming: whatever is still buffered goes to the sink (call once the last value is put).
    void flush()
    {
        if (sink_ && !bytes_.empty())
            sink_(bytes_);
        bytes_.clear();
    }

    template <typename T>
    void put(T value)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        append(&value, sizeof(T));
    }
    void putBytes(std::string_view bytes) { append(bytes.data(), bytes.size()); } // as they are, no length
    void putCount(std::size_t count) { put(static_cast<std::uint64_t>(count)); }
    void putString(std::string_view text)
    {
        putCount(text.size());
        append(text.data(), text.size());
    }
    template <typename T>
    void putValues(const std::vector<T>& values)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        putCount(values.size());
        append(values.data(), values.size() * sizeof(T));
    }
    void putStrings(const std::vector<std::string>& texts)
    {
        putCount(texts.size());
        for (const auto& text : texts)
            putString(text);
    }
    void putNumbers(const std::map<std::string, double>& numbers)
    {
        putCount(numbers.size());
        for (const auto& [name, value] : numbers) {
            putString(name);
            put(value);
        }
    }
    template <typename T>
    void putOptional(const std::optional<T>& value)
    {
        put<std::uint8_t>(value ? 1 : 0);
        if (value)
            put(*value);
    }

    const std::string& bytes() const { return bytes_; } // all of them, unless streaming
    std::string take() { return std::move(bytes_); }

private:
    static constexpr std::size_t kBufferBytes = std::size_t{1} << 20;

    void append(const void* data, std::size_t size)
    {
        if (sink_ && bytes_.size() + size > kBufferBytes) {
            flush();
            if (size > kBufferBytes) { // a long column goes to the sink as it is
                sink_(std::string_view(static_cast<const char*>(data), size));
                return;
            }
        }
        bytes_.append(static_cast<const char*>(data), size);
    }

    std::string bytes_;
    Sink sink_;
};

} // namespace loadscope
