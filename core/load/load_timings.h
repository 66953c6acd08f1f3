#pragma once
// Where the loader's time goes, for the benchmark (LoadOptions::timings; nothing is measured without it).
#include "core/util/phase_stopwatch.h"

namespace loadscope {

struct LoadTimings {
    // Steps in order: "discover" (folders, batches.json), "parse files" (all readers, in parallel),
    // "assemble tables" (per-folder results merged into per-test tables, events sorted).
    PhaseStopwatch steps;
    // CPU seconds of the parse step by kind of file, summed over the loader threads.
    double eventsCpu = 0, statsCpu = 0, logCpu = 0, resourcesCpu = 0, qoeCpu = 0;
    // Parts of statsCpu: reading the stats.json files, and adding their rows to the tests' tables (the rest is
    // parsing).
    double statsReadCpu = 0, statsMergeCpu = 0;
    double cacheCpu = 0; // tests restored from the re-open cache (LoadOptions::cache)
};

} // namespace loadscope
