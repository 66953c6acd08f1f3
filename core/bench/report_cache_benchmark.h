#pragma once
// Times `report` of an unchanged folder whose tables are in the report cache (core/report/report_cache.h): a first
// report fills a cache in `folder`, then each run reads the bytes under the root (cat) and reports again from it.
#include "core/bench/phase_benchmark.h"

namespace loadscope {

// Phases "read bytes (cat)" and "total" (the whole report, from key to written files); the same table as
// benchmarkFolder's. `fillSeconds` gets the time of the report that filled the cache.
BenchmarkResult benchmarkReportCache(const std::filesystem::path& root, int runs, AnalysisMode mode, unsigned threads,
                                     const std::filesystem::path& folder, double& fillSeconds);

} // namespace loadscope
