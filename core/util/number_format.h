#pragma once
// Numbers as text with round-trip precision: the shortest text that reads back to the same double.
#include <array>
#include <string>
#include <string_view>

namespace loadscope {

// Shortest round-trip text; "" for NaN (an empty CSV cell), "inf" / "-inf" for infinities.
std::string formatNumber(double value);

// The same texts written into a caller's buffer, for writers of many numbers (no string per number).
using NumberText = std::array<char, 64>;
std::string_view formatNumberInto(double value, NumberText& buffer);
std::string_view formatIntegerInto(long long value, NumberText& buffer);

} // namespace loadscope
