#pragma once
// What a number becomes after the notebook writes it with DataFrame.to_csv and reads it back with pd.read_csv:
// Python's shortest repr, then pandas 1.5's default C parser (precise_xstrtod), which is not correctly rounded
// ("0.9359999999999999" reads as 0.936). The notebook's thresholds, comparisons and progression are computed
// from the re-read table, so notebook-compatible mode passes their inputs through this.
#include <string>
#include <string_view>

namespace loadscope {

// Python's repr(float): shortest round-trip digits, positional when 1e-4 <= |x| < 1e16, else d.ddde±XX.
std::string pythonFloatRepr(double x);
// pandas' precise_xstrtod: up to 17 significant digits (leading zeros count) accumulated in a double, then one
// multiplication or division by an exact power of ten.
double pandasParseFloat(std::string_view text);
double pandasCsvRoundTrip(double x);

} // namespace loadscope
