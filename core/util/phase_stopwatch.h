#pragma once
// Wall and CPU time of consecutive phases of one thread's work, for the benchmark: code under measurement calls
// lap("phase") at the end of each step (when it was handed a stopwatch), the benchmark reads the totals.
#include <string>
#include <string_view>
#include <vector>

namespace loadscope {

// Seconds of the steady clock and of this process's CPU time (all threads), now.
double wallSecondsNow();
double processCpuSecondsNow();
// CPU seconds the calling thread has used.
double threadCpuSecondsNow();

struct PhaseTotal {
    std::string phase;
    double wallSeconds = 0, cpuSeconds = 0;
};

class PhaseStopwatch {
public:
    PhaseStopwatch() { restart(); }
    // Starts the next phase now without charging the time since the last lap to any phase.
    void restart();
    // Charges the time since the last lap (or restart) to `phase`; a phase met again adds up.
    void lap(std::string_view phase);
    const std::vector<PhaseTotal>& totals() const { return totals_; }

private:
    double wall_ = 0, cpu_ = 0;
    std::vector<PhaseTotal> totals_; // in the order first met
};

} // namespace loadscope
