#pragma once
// Numbers as text with round-trip precision: the shortest text that reads back to the same double.
#include <string>

namespace loadscope {

// Shortest round-trip text; "" for NaN (an empty CSV cell), "inf" / "-inf" for infinities.
std::string formatNumber(double value);
std::string formatInteger(long long value);

} // namespace loadscope
