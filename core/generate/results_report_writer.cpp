#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/results_paths.h"
#include "core/load/results_layout.h"
#include "core/util/iso_time.h"

#include <array>
#include <map>

namespace loadscope::generate {

namespace {

// java.util.Date.toString() in the controller's zone (+02:00, CEST in June and March's tests alike here).
std::string javaDate(TimeNs utc)
{
    static constexpr std::array<const char*, 7> kDays{"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const TimeNs local = utc + kLocalOffsetMinutes * 60LL * kNsPerSecond;
    const std::string iso = formatIsoUtc(local); // 2024-06-13T12:00:00.000Z
    const long long days = local / kNsPerSecond / 86400;
    const int month = std::stoi(iso.substr(5, 2));
    return std::string(kDays[static_cast<std::size_t>(days % 7)]) + " " + kMonths[static_cast<std::size_t>(month - 1)] +
           " " + iso.substr(8, 2) + " " + iso.substr(11, 8) + " CEST " + iso.substr(0, 4);
}

std::string duration(const SimulatedTest& test)
{
    const long long seconds = (test.testEnd - test.testStart) / kNsPerSecond;
    return std::to_string(seconds / 3600) + "h " + std::to_string(seconds / 60 % 60) + "m " +
           std::to_string(seconds % 60) + "s ";
}

// ResultReport.toString() of the loadtest-controller, then the blank line its DataIO writes after each block.
std::string block(const SimulatedTest& test)
{
    const int participants = test.sessions * test.spec.usersPerSession();
    const bool allPublish = test.spec.subscribersPerSession() == 0;
    std::string text = " ----- Test Case Report " + javaDate(test.testStart) + " ----- \n";
    const std::array<std::pair<const char*, std::string>, 14> lines{{
        {"Browser approach", "EMULATE"},
        {"Browser with recording", "false"},
        {"OpenVidu recording", "NONE"},
        {"Session typology", allPublish ? "N:N" : "N:M"},
        {"Participants per session", std::to_string(test.spec.usersPerSession())},
        {"Number of sessions created", std::to_string(test.sessions)},
        {"Number of sessions completed", std::to_string(test.sessions)},
        {"Number of participants created", std::to_string(participants)},
        {"Number of workers used", std::to_string((participants + 7) / 8)},
        {"Is manual participants allocation", "false"},
        {"Number of streams per workers", "[]"},
        {"Stop reason", "Test finished"},
        {"Test duration", duration(test)},
        {"Kibana url", ""},
    }};
    for (const auto& [label, value] : lines)
        text += std::string(label) + ":\t" + value + "\n";
    return text + "\n   ---------------------   \n\n";
}

} // namespace

WrittenFiles writeResultsReports(const std::filesystem::path& root, const std::vector<SimulatedTest>& tests)
{
    // 2024: one results.txt gathers the run's blocks; 2026: one results-<ts>.txt per test.
    std::map<std::string, std::string> files;
    for (const auto& test : tests)
        files[resultsFileName(test)] += block(test);
    WrittenFiles written;
    for (const auto& [name, text] : files) {
        OutputFile out(root / layout::kLogsFolder / name);
        out.text(text);
        out.close();
        written += {1, out.bytesWritten()};
    }
    return written;
}

} // namespace loadscope::generate
