#pragma once
// The process's resident memory from /proc/self/status, and a reset of its peak, so that a test can bound the
// memory one step took (a bound on bytes, never on time).
#include <QtCore/QFile>
#include <QtCore/QString>

namespace loadscope::testing {

// VmHWM (peak) or VmRSS (now) in bytes; -1 when /proc cannot tell.
inline long long procStatusBytes(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(static_cast<qsizetype>(qstrlen(key))).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

inline long long peakResidentBytes()
{
    return procStatusBytes("VmHWM:");
}
inline long long residentBytes()
{
    return procStatusBytes("VmRSS:");
}

// Sets the peak back to the current resident size (Linux >= 4.0); false when the kernel refuses.
inline bool resetPeakResident()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace loadscope::testing
