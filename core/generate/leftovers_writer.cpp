#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/load/results_layout.h"
#include "core/util/iso_time.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <system_error>

namespace loadscope::generate {

WrittenFiles writeLeftovers(const std::filesystem::path& root, const SimulatedTest& test)
{
    if (test.writer != WriterStyle::Year2026)
        return {};
    // The 2026 browser-emulator's own timing report, beside the session folders: perf-results/run-<ts>.json.
    std::string stamp = formatIsoUtc(test.testStart).substr(0, 19);
    std::replace(stamp.begin(), stamp.end(), 'T', '_');
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    const auto folder = layout::testStatsFolder(root, test.name) / "perf-results";
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (error)
        throw std::runtime_error("cannot create " + folder.string() + ": " + error.message());
    OutputFile out(folder / ("run-" + stamp + ".json"));
    out.text("{\"participants\":").integer(static_cast<long long>(test.users.size())).text("}");
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace loadscope::generate
