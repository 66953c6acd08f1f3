#pragma once
// The pandas index labels the notebook's combined-events frames carry, for notebook-compatible mode.
//
// The notebook builds one events frame per test (users in directory-listing order, events in file order, labels
// 0..N−1) and one failures frame from the log (labels 0..F−1), concatenates rows of both per user and, when it
// collapses consecutive successes, calls `combined.drop(label)` — which also drops a log failure of that user
// whose label happens to be the same number. The listing order is the file system's; loadscope uses the sorted
// order (as `tests/data/golden/make_goldens.sh` makes the reference script do), the only reproducible choice.
#include "core/model/results.h"

#include <vector>

namespace loadscope {

struct RowLabels {
    std::vector<std::vector<long>> events; // per user (TestData::users order), per event (sorted order)
    // Failure labels are their positions in TestData::log.failures.
};

RowLabels notebookRowLabels(const TestData& data);

} // namespace loadscope
