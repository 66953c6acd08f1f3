#pragma once
// Users per browser-emulator worker (connections.json's `worker_name`, the user's last join: the attempt that
// stands), with how many of them failed (failure_counts.h): what points at an overloaded worker.
#include "core/analysis/test_analysis.h"

#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

struct WorkerCount {
    std::string worker;
    int users = 0;
    int usersFailed = 0;
};

// The worker that created user `userIndex` of `analysis`; "" when its connections.json names none.
std::string workerOf(const TestAnalysis& analysis, int userIndex);

// One entry per worker, in natural order of the names; users without a worker are not counted.
std::vector<WorkerCount> countUsersByWorker(const TestAnalysis& analysis);

// Names compared with their digit runs as numbers: "browseremulator-2" before "browseremulator-10".
bool naturalLess(std::string_view a, std::string_view b);

} // namespace loadscope
