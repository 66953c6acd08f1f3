#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/results_paths.h"

namespace loadscope::generate {

// Written as Python's json.dump writes it, the way the notebook's helper scripts left it.
WrittenFiles writeBatches(const std::filesystem::path& root, const std::vector<SimulatedTest>& tests)
{
    OutputFile out(batchesPath(root));
    out.put('{');
    for (std::size_t i = 0; i < tests.size(); ++i) {
        out.text(i == 0 ? "\"" : ", \"")
            .text(tests[i].name)
            .text("\": {\"startingParticipants\": ")
            .integer(tests[i].startingParticipants)
            .text(", \"batchSize\": ")
            .integer(tests[i].batchSize)
            .put('}');
    }
    out.text("}\n");
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace loadscope::generate
