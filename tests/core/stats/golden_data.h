#pragma once
// Reads the SciPy golden numbers made by tests/data/stats/make_goldens.py and compares against them.
#include <nlohmann/json.hpp>

#include <QString>

#include <cmath>
#include <fstream>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace loadscope::stats::testing {

inline nlohmann::json loadGolden(const std::string& fileName)
{
    const std::string path = std::string(LOADSCOPE_TEST_DATA_DIR) + "/stats/" + fileName;
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error("cannot open " + path);
    return nlohmann::json::parse(in);
}

// The golden files are parsed once per test binary.
inline const nlohmann::json& goldens()
{
    static const nlohmann::json data = loadGolden("goldens.json");
    return data;
}

inline std::vector<double> numbers(const nlohmann::json& array)
{
    std::vector<double> v;
    for (const auto& e : array)
        v.push_back(e.get<double>());
    return v;
}

inline std::optional<double> optionalNumber(const nlohmann::json& value)
{
    if (value.is_null())
        return std::nullopt;
    return value.get<double>();
}

// Relative difference, with exact zero matching only exact zero (a tiny absolute slack would hide
// a sign or cancellation bug).
inline bool closeRelative(double actual, double expected, double tolerance)
{
    if (actual == expected)
        return true;
    return std::abs(actual - expected) <= tolerance * std::max(std::abs(actual), std::abs(expected));
}

inline QString describeMismatch(double actual, double expected)
{
    return QStringLiteral("actual %1, SciPy %2, relative difference %3")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(std::abs(actual - expected) / std::max(std::abs(actual), std::abs(expected)), 0, 'g', 3);
}

constexpr double kStatisticTolerance = 1e-9;
constexpr double kPValueTolerance = 1e-7;

} // namespace loadscope::stats::testing
