#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/results_paths.h"

#include <cmath>

namespace loadscope::generate {

WrittenFiles writeMediaNodeCsv(const std::filesystem::path& root, const SimulatedTest& test)
{
    OutputFile out(mediaNodeCsvPath(root, test));
    out.text("@timestamp,cpu,memory\n");
    for (const auto& sample : test.mediaNode) {
        out.time(sample.time, ClockText::IsoUtc).put(',').number(sample.cpu).put(',');
        if (!std::isnan(sample.memory)) // a missing metric is an empty cell, as exported from Elasticsearch
            out.number(sample.memory);
        out.put('\n');
    }
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace loadscope::generate
