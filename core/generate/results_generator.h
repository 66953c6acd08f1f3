#pragma once
// Writes a complete, seeded results folder (see docs/results-format.md): per-user events.json and stats.json,
// the controller logs, media-node CPU/memory CSVs, batches.json and QoE cut files. Same options and seed, same
// bytes, on any machine and with any number of threads.
#include "core/generate/generator_options.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace loadscope::generate {

struct GenerationSummary {
    std::vector<std::string> tests; // folder names written, in order
    std::size_t users = 0;
    std::size_t files = 0;
    std::uint64_t bytes = 0;
};

// Throws std::invalid_argument for options that make no sense (unknown crash test, duplicate test, duration outside
// 30..86400 s, more than 1000 sessions), std::runtime_error for a non-empty `out` without `force` and for any I/O error (the message names the
// file). `threads` 0 = one per core.
GenerationSummary generateResults(const std::filesystem::path& out, const GeneratorOptions& options,
                                  unsigned threads = 0);

} // namespace loadscope::generate
