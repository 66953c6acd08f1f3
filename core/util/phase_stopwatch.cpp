#include "core/util/phase_stopwatch.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace loadscope {

namespace {

double clockSeconds(clockid_t clock)
{
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

} // namespace

double wallSecondsNow()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double processCpuSecondsNow()
{
    return clockSeconds(CLOCK_PROCESS_CPUTIME_ID);
}

double threadCpuSecondsNow()
{
    return clockSeconds(CLOCK_THREAD_CPUTIME_ID);
}

void PhaseStopwatch::restart()
{
    wall_ = wallSecondsNow();
    cpu_ = processCpuSecondsNow();
}

void PhaseStopwatch::lap(std::string_view phase)
{
    const double wall = wallSecondsNow(), cpu = processCpuSecondsNow();
    auto it = std::find_if(totals_.begin(), totals_.end(), [phase](const PhaseTotal& t) { return t.phase == phase; });
    if (it == totals_.end())
        it = totals_.insert(totals_.end(), PhaseTotal{std::string(phase), 0, 0});
    it->wallSeconds += wall - wall_;
    it->cpuSeconds += cpu - cpu_;
    wall_ = wall;
    cpu_ = cpu;
}

} // namespace loadscope
