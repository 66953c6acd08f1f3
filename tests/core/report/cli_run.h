#pragma once
// Runs loadscope-cli as a child process for the tests that drive it end to end. LOADSCOPE_CLI (the executable's
// path) is defined by the test's CMake target.
#include <QProcess>
#include <QStringList>

namespace loadscope::testing {

struct CliRun {
    int exitCode = -1; // -1: it crashed or did not finish in time
    QString out, err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(LOADSCOPE_CLI), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, QStringLiteral("loadscope-cli did not finish in %1 ms").arg(timeoutMs)};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace loadscope::testing
