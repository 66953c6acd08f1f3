#pragma once
// Appends the QoS rows of a test's user folders to the test's tables in folder order while the folders are
// parsed in parallel, so each row is copied once (parser scratch → test table) and no per-folder tables wait
// for the end. A folder that arrives before its predecessors is kept aside (an exact copy) until they are in.
#include "core/model/qos_table.h"

#include <cstdint>
#include <map>
#include <mutex>
#include <vector>

namespace loadscope {

class OrderedQosMerger {
public:
    // `folderBytes[f]`: size of folder f's stats.json (0 when it has none), to reserve the tables' room.
    OrderedQosMerger(QosTables& into, std::vector<std::uint64_t> folderBytes);

    // Thread-safe. `parsed` is only read during the call.
    void deliver(std::size_t folder, const QosTables& parsed);
    // Folder `folder` brings no rows (no file, unreadable, cancelled): later folders need not wait for it.
    void skip(std::size_t folder);
    // Appends whatever is still kept aside, in folder order (folders that never came are left out).
    void finish();

private:
    void appendLocked(const QosTables& parsed, std::size_t folder);
    void advanceLocked();

    QosTables& into_;
    std::vector<std::uint64_t> folderBytes_;
    std::uint64_t totalBytes_ = 0;
    std::vector<bool> done_;
    std::size_t next_ = 0;                     // first folder not yet appended or skipped
    std::map<std::size_t, QosTables> waiting_; // arrived early
    bool reserved_ = false;
    std::mutex mutex_;
};

} // namespace loadscope
