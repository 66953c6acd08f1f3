#pragma once
// Paths of the loader fixtures (tests/data/load, made by make_fixtures.py) and small lookups into loaded Results.
#include "core/load/results_loader.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace loadscope::testing {

inline std::filesystem::path loadFixture(const std::string& name)
{
    return std::filesystem::path(LOADSCOPE_TEST_DATA_DIR) / "load" / name;
}

inline const TestData* findTest(const Results& results, const std::string& name)
{
    const auto it = std::find_if(results.tests.begin(), results.tests.end(),
                                 [&](const TestData& t) { return t.info.name == name; });
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

// Same rows, times, peers and columns (in any column order); NaN equals NaN.
inline bool sameQos(const QosTable& a, const QosTable& b)
{
    if (a.rows() != b.rows() || a.userIndex() != b.userIndex() || a.recordTime() != b.recordTime())
        return false;
    for (std::size_t r = 0; r < a.rows(); ++r)
        if (a.peers()[a.peer()[r]] != b.peers()[b.peer()[r]])
            return false;
    if (std::set<std::string>(a.metricNames().begin(), a.metricNames().end()) !=
        std::set<std::string>(b.metricNames().begin(), b.metricNames().end()))
        return false;
    for (const auto& name : a.metricNames()) {
        const auto& x = *a.column(name);
        const auto& y = *b.column(name);
        for (std::size_t r = 0; r < x.size(); ++r)
            if (!sameNumber(x[r], y[r]))
                return false;
    }
    return true;
}

inline bool sameEvents(const TestData& a, const TestData& b)
{
    if (a.users.size() != b.users.size())
        return false;
    for (std::size_t u = 0; u < a.users.size(); ++u) {
        const auto& x = a.users[u].events;
        const auto& y = b.users[u].events;
        if (a.users[u].key != b.users[u].key || x.size() != y.size())
            return false;
        for (std::size_t e = 0; e < x.size(); ++e)
            if (x[e].name != y[e].name || x[e].time != y[e].time || x[e].raw != y[e].raw || x[e].line != y[e].line)
                return false;
    }
    return true;
}

inline bool sameProblems(const std::vector<Problem>& a, const std::vector<Problem>& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].file != b[i].file || a[i].line != b[i].line || a[i].message != b[i].message ||
            a[i].severity != b[i].severity)
            return false;
    return true;
}

} // namespace loadscope::testing
