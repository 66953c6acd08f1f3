#include "core/util/number_format.h"

#include <charconv>
#include <cmath>

namespace loadscope {

std::string_view formatNumberInto(double value, NumberText& buffer)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data())};
}

std::string_view formatIntegerInto(long long value, NumberText& buffer)
{
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), static_cast<std::size_t>(result.ptr - buffer.data())};
}

std::string formatNumber(double value)
{
    NumberText buffer;
    return std::string(formatNumberInto(value, buffer));
}

} // namespace loadscope
