#pragma once
// When each batch of users began to join: the notebook numbers batches from batches.json by the users' order
// (startingParticipants users in batch 0, then batchSize per batch; UserTimeline::batch), and a batch starts at the
// first connectionStart of any of its users. Batches whose users never started are left out.
#include "core/analysis/test_analysis.h"

#include <vector>

namespace loadscope {

struct BatchStart {
    int batch = 0;
    double time = 0; // seconds from the test start
    int users = 0;   // users in the batch
};

std::vector<BatchStart> batchStarts(const TestAnalysis& analysis); // sorted by batch

} // namespace loadscope
