#pragma once
// Paths of the loader fixtures (tests/data/load, made by make_fixtures.py) and small lookups into loaded Results.
#include "core/load/results_loader.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>

namespace loadscope::testing {

inline std::filesystem::path loadFixture(const std::string& name)
{
    return std::filesystem::path(LOADSCOPE_TEST_DATA_DIR) / "load" / name;
}

inline const TestData* findTest(const Results& results, const std::string& name)
{
    const auto it = std::find_if(results.tests.begin(), results.tests.end(), [&](const TestData& t) { return t.info.name == name; });
    return it == results.tests.end() ? nullptr : &*it;
}

inline const UserEvents* findUser(const TestData& test, int session, int user)
{
    const auto it = std::find_if(test.users.begin(), test.users.end(),
                                 [&](const UserEvents& u) { return u.key.session == session && u.key.user == user; });
    return it == test.users.end() ? nullptr : &*it;
}

// Equal as numbers, or both NaN (a missing value on both sides).
inline bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

} // namespace loadscope::testing
