#pragma once
// The corpus of malformed results roots (tests/data/malformed_roots, made by make_malformed_roots.py): where it
// is, what expected.json says of each case, and the same counts taken from loaded Results, so that a test can
// compare the two.
#include "core/load/results_loader.h"

#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QTemporaryDir>

#include <filesystem>

namespace loadscope::testing {

inline std::filesystem::path malformedRootsDir()
{
    return std::filesystem::path(LOADSCOPE_TEST_DATA_DIR) / "malformed_roots";
}

// A copy of a case (by default the clean one) in `dir`, for tests that damage it further at run time.
inline std::filesystem::path copyOfCase(const QTemporaryDir& dir, const std::string& name = "clean")
{
    const std::filesystem::path root = std::filesystem::path(dir.path().toStdString()) / name;
    std::filesystem::copy(malformedRootsDir() / name, root, std::filesystem::copy_options::recursive);
    return root;
}

inline QJsonObject malformedRootsExpected()
{
    QFile file(QString::fromStdString((malformedRootsDir() / "expected.json").string()));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// What still loaded, in expected.json's terms.
struct LoadedCounts {
    long long tests = 0, users = 0, events = 0, qosRows = 0, qoeRows = 0, cpuRows = 0, failures = 0, batches = 0;
};

inline LoadedCounts countLoaded(const Results& results)
{
    LoadedCounts counts;
    counts.tests = static_cast<long long>(results.tests.size());
    for (const TestData& test : results.tests) {
        counts.users += static_cast<long long>(test.users.size());
        for (const UserEvents& user : test.users)
            counts.events += static_cast<long long>(user.events.size());
        for (const QosTable& table : test.qos.tables)
            counts.qosRows += static_cast<long long>(table.rows());
        counts.qoeRows += static_cast<long long>(test.qoe.size());
        counts.cpuRows += static_cast<long long>(test.resources.size());
        counts.failures += static_cast<long long>(test.log.failures.size());
        counts.batches += test.batches ? 1 : 0;
    }
    return counts;
}

// The counts expected.json gives for a case.
inline LoadedCounts expectedCounts(const QJsonObject& expected)
{
    const auto count = [&](const char* key) {
        return static_cast<long long>(expected.value(QLatin1String(key)).toDouble(-1));
    };
    return {count("tests"),    count("users"),    count("events"),   count("qos_rows"),
            count("qoe_rows"), count("cpu_rows"), count("failures"), count("batches")};
}

} // namespace loadscope::testing
