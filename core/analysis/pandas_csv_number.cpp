#include "core/analysis/pandas_csv_number.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace loadscope {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// 1e0 .. 1e308 as the compiler rounds each literal (what the C table holds).
const std::array<double, 309>& powersOfTen()
{
    static const std::array<double, 309> table = [] {
        std::array<double, 309> t{};
        for (int i = 0; i <= 308; ++i) {
            const std::string literal = "1e" + std::to_string(i);
            t[static_cast<std::size_t>(i)] = std::strtod(literal.c_str(), nullptr);
        }
        return t;
    }();
    return table;
}

} // namespace

std::string pythonFloatRepr(double x)
{
    if (std::isnan(x))
        return "nan";
    if (std::isinf(x))
        return x > 0 ? "inf" : "-inf";
    if (x == 0)
        return std::signbit(x) ? "-0.0" : "0.0";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, x, std::chars_format::scientific);
    const std::string sci(buffer, result.ptr); // [-]d[.ddd]e±XX
    const auto e = sci.find('e');
    const int exponent = std::atoi(sci.c_str() + e + 1);
    const bool negative = sci[0] == '-';
    std::string digits;
    for (std::size_t i = negative ? 1 : 0; i < e; ++i)
        if (sci[i] != '.')
            digits += sci[i];
    std::string out = negative ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
        if (exponent < 0) {
            out += "0." + std::string(static_cast<std::size_t>(-exponent - 1), '0') + digits;
        } else if (static_cast<int>(digits.size()) <= exponent + 1) {
            out += digits + std::string(static_cast<std::size_t>(exponent + 1) - digits.size(), '0') + ".0";
        } else {
            out += digits.substr(0, static_cast<std::size_t>(exponent + 1)) + "." +
                   digits.substr(static_cast<std::size_t>(exponent + 1));
        }
        return out;
    }
    out += digits.substr(0, 1);
    if (digits.size() > 1)
        out += "." + digits.substr(1);
    char exp[16];
    std::snprintf(exp, sizeof exp, "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    return out + exp;
}

double pandasParseFloat(std::string_view s)
{
    constexpr int kMaxDigits = 17;
    std::size_t p = 0;
    while (p < s.size() && (s[p] == ' ' || s[p] == '\t'))
        ++p;
    bool negative = false;
    if (p < s.size() && (s[p] == '-' || s[p] == '+'))
        negative = s[p++] == '-';
    double number = 0;
    int exponent = 0, digits = 0, decimals = 0;
    for (; p < s.size() && isDigit(s[p]); ++p) {
        if (digits < kMaxDigits) {
            number = number * 10. + (s[p] - '0');
            ++digits;
        } else {
            ++exponent;
        }
    }
    if (p < s.size() && s[p] == '.') {
        ++p;
        for (; p < s.size() && isDigit(s[p]) && digits < kMaxDigits; ++p, ++digits, ++decimals)
            number = number * 10. + (s[p] - '0');
        while (p < s.size() && isDigit(s[p]))
            ++p;
        exponent -= decimals;
    }
    if (digits == 0)
        return std::nan("");
    if (negative)
        number = -number;
    if (p < s.size() && (s[p] == 'e' || s[p] == 'E')) {
        ++p;
        bool negativeExponent = false;
        if (p < s.size() && (s[p] == '-' || s[p] == '+'))
            negativeExponent = s[p++] == '-';
        int n = 0;
        for (int count = 0; p < s.size() && isDigit(s[p]) && count < kMaxDigits; ++p, ++count)
            n = n * 10 + (s[p] - '0');
        exponent += negativeExponent ? -n : n;
    }
    const auto& e = powersOfTen();
    if (exponent > 308)
        return negative ? -HUGE_VAL : HUGE_VAL;
    if (exponent > 0)
        return number * e[static_cast<std::size_t>(exponent)];
    if (exponent < -308) {
        if (exponent < -616)
            return 0.0 * number;
        return number / e[static_cast<std::size_t>(-308 - exponent)] / e[308];
    }
    return number / e[static_cast<std::size_t>(-exponent)];
}

double pandasCsvRoundTrip(double x)
{
    if (std::isnan(x) || std::isinf(x))
        return x;
    return pandasParseFloat(pythonFloatRepr(x));
}

} // namespace loadscope
