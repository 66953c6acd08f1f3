#include "core/generate/results_paths.h"

#include "core/load/results_layout.h"
#include "core/util/iso_time.h"

#include <algorithm>

namespace loadscope::generate {

std::string participantName(int user)
{
    return "User" + std::to_string(user);
}

std::string sessionName(int session)
{
    return "LoadTestSession" + std::to_string(session);
}

std::filesystem::path userFolder(const std::filesystem::path& root, const SimulatedTest& test,
                                 const SimulatedUser& user)
{
    const bool shortNames = test.layout == ResultsLayout::Year2026;
    return layout::testStatsFolder(root, test.name) /
           (shortNames ? "s" + std::to_string(user.session) : sessionName(user.session)) /
           (shortNames ? "u" + std::to_string(user.user) : participantName(user.user));
}

std::filesystem::path controllerLogPath(const std::filesystem::path& root, const SimulatedTest& test)
{
    return layout::controllerLog(root, test.name);
}

std::filesystem::path mediaNodeCsvPath(const std::filesystem::path& root, const SimulatedTest& test)
{
    return layout::mediaNodeCsv(root, test.name);
}

std::filesystem::path mediaNodeMetricbeatPath(const std::filesystem::path& root, const SimulatedTest& test)
{
    return layout::mediaNodeMetricbeat(root, test.name);
}

std::filesystem::path batchesPath(const std::filesystem::path& root)
{
    return layout::batchesFile(root);
}

std::filesystem::path qoeFolder(const std::filesystem::path& root, const SimulatedTest& test)
{
    return layout::qoeFolder(root, test.name);
}

std::string resultsFileName(const SimulatedTest& test)
{
    if (test.writer != WriterStyle::Year2026)
        return "results.txt";
    std::string stamp = formatIsoUtc(test.testEnd + kLocalOffsetMinutes * 60LL * kNsPerSecond).substr(0, 19);
    std::replace(stamp.begin(), stamp.end(), 'T', '_');
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    return "results-" + stamp + ".txt";
}

std::string qoeFileName(int session, int receiver, int sender)
{
    return "v-" + sessionName(session) + "-" + participantName(receiver) + "-" + participantName(sender) + "_cuts.json";
}

} // namespace loadscope::generate
