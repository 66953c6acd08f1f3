#pragma once
// Reads what binary_writer.h wrote, checking every length against the bytes left: a truncated, corrupt or foreign
// input throws CacheFormatError (never reads out of bounds, never allocates more than the input could hold).
#include <cstdint>
#include <cstring>
#include <functional>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace loadscope {

struct CacheFormatError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class BinaryReader {
public:
    // Reads `bytes` in place: they must outlive the reader.
    explicit BinaryReader(std::string_view bytes)
        : begin_(bytes.data()), at_(bytes.data()), end_(bytes.data() + bytes.size())
    {
    }
    explicit BinaryReader(std::string&&) = delete; // a temporary would be gone before it is read
    // Calls `consumed` with the bytes read so far after each array of values that brings them `every` bytes past
    // the last call (a mapped input gives back the pages behind the reader).
    void whenConsumed(std::size_t every, std::function<void(std::size_t)> consumed)
    {
        every_ = every;
        consumed_ = std::move(consumed);
    }

    template <typename T>
    T get()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        need(sizeof(T));
        T value;
        std::memcpy(&value, at_, sizeof(T));
        at_ += sizeof(T);
        return value;
    }
    // A count of items of at least `minItemBytes` each, refused when the bytes left cannot hold that many.
    std::size_t getCount(std::size_t minItemBytes);
    std::string getString();
    template <typename T>
    std::vector<T> getValues()
    {
        static_assert(std::is_trivially_copyable_v<T>);
        const std::size_t count = getCount(sizeof(T));
        std::vector<T> values;
        values.reserve(count); // filled value by value: no zeroing first
        for (std::size_t i = 0; i < count; ++i, at_ += sizeof(T)) {
            T value;
            std::memcpy(&value, at_, sizeof(T));
            values.push_back(value);
        }
        if (consumed_ && static_cast<std::size_t>(at_ - reported_) >= every_) {
            reported_ = at_;
            consumed_(static_cast<std::size_t>(at_ - begin_));
        }
        return values;
    }
    std::vector<std::string> getStrings();
    std::map<std::string, double> getNumbers();
    template <typename T>
    std::optional<T> getOptional()
    {
        if (getFlag())
            return get<T>();
        return std::nullopt;
    }
    bool getFlag();
    // An enumerator written as its underlying value, refused beyond `last`.
    template <typename E>
    E getEnum(E last)
    {
        const auto value = get<std::underlying_type_t<E>>();
        if (value < 0 || value > static_cast<std::underlying_type_t<E>>(last))
            throw CacheFormatError("an enumerator out of range");
        return static_cast<E>(value);
    }
    bool atEnd() const { return at_ == end_; }

private:
    void need(std::size_t bytes) const
    {
        if (static_cast<std::size_t>(end_ - at_) < bytes)
            throw CacheFormatError("ends early");
    }
    const char* begin_;
    const char* at_;
    const char* end_;
    const char* reported_ = begin_;
    std::size_t every_ = 0;
    std::function<void(std::size_t)> consumed_;
};

} // namespace loadscope
