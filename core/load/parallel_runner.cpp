#include "core/load/parallel_runner.h"

#include <algorithm>
#include <atomic>
#include <numeric>
#include <system_error>
#include <thread>

namespace loadscope {

void runInParallel(const std::vector<std::uint64_t>& weights, unsigned threads,
                   const std::function<void(std::size_t)>& job)
{
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&weights](std::size_t a, std::size_t b) { return weights[a] > weights[b]; });
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < order.size();)
            job(order[i]);
    };
    const unsigned helpers = std::min<std::size_t>(std::max(threads, 1u), std::max<std::size_t>(order.size(), 1)) - 1;
    std::vector<std::thread> pool;
    pool.reserve(helpers);
    for (unsigned t = 0; t < helpers; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no more threads available: the ones we have (at least this one) do all the work
        }
    }
    work();
    for (auto& thread : pool)
        thread.join();
}

} // namespace loadscope
