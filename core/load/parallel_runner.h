#pragma once
// Runs numbered jobs on a few threads, biggest first so one large stats.json does not finish last on its own.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace loadscope {

// Calls job(i) once for every i in [0, weights.size()), on `threads` threads (the caller's thread is one of them),
// in decreasing order of weights[i]. A job must not throw. Returns when all jobs are done.
void runInParallel(const std::vector<std::uint64_t>& weights, unsigned threads,
                   const std::function<void(std::size_t)>& job);

} // namespace loadscope
