// Fuzz target: the controller's test-case report (readResultsReport), then each block checked against a log
// that starts when it does and against a fixed one (checkReportsAgainstLog: time differences of any two dates).
#include "fuzz_input.h"

#include "core/load/results_report_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    loadscope::ProblemList problems;
    const auto blocks = loadscope::readResultsReport(loadscope::fuzz::bufferOf(data, size), "results.txt", problems);
    const std::vector<std::pair<std::string, std::vector<loadscope::TestCaseReport>>> reports{{"results.txt", blocks}};
    loadscope::LogInfo log;
    log.present = true;
    log.localStart = 1'718'280'000'000'000'000; // 2024-06-13 12:00:00, local time as if UTC
    log.localEnd = log.localStart + 600'000'000'000;
    loadscope::checkReportsAgainstLog(reports, log, "test.log", problems);
    for (const auto& block : blocks)
        if (block.localStart != loadscope::kNoTime) {
            log.localStart = block.localStart;
            log.localEnd = block.localStart + 60'000'000'000;
            loadscope::checkReportsAgainstLog(reports, log, "test.log", problems);
        }
    return 0;
}
