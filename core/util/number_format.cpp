#include "core/util/number_format.h"

#include <charconv>
#include <cmath>

namespace loadscope {

std::string formatNumber(double value)
{
    if (std::isnan(value))
        return {};
    if (std::isinf(value))
        return value > 0 ? "inf" : "-inf";
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string formatInteger(long long value)
{
    return std::to_string(value);
}

} // namespace loadscope
