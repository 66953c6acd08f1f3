#pragma once
// The controller's test-case report (results-format.md, "Controller output"): `results.txt`, since 2026
// `results-<yyyy-MM-dd_HH-mm-ss>.txt`, beside the log in logs/. One block per test case of the run:
//    ----- Test Case Report Thu Jun 13 12:00:00 CEST 2024 -----
//   Session typology:<TAB>N:N  ...  Test duration:<TAB>0h 10m 0s  ...  Kibana url:<TAB>...
//      ---------------------
// (ResultReport.toString() of the loadtest-controller; the date is java.util.Date.toString() in the JVM's local
// time). Read to check the log against it: the block that starts with the log's test must last as long as the log
// says.
#include "core/load/file_buffer.h"
#include "core/model/problem.h"
#include "core/model/results.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace loadscope {

struct TestCaseReport {
    long line = 0;                             // the " ----- Test Case Report ... ----- " line
    std::string startText;                     // the date as written
    TimeNs localStart = kNoTime;               // that date's wall clock read as if UTC (as LogInfo::localStart)
    std::map<std::string, std::string> values; // label (without the colon) → value, as written
    std::optional<double> durationSeconds;     // "Test duration:" "<h>h <m>m <s>s "
};

// The blocks of one report file, in file order. A heading whose date cannot be read, or a duration that is not
// "<h>h <m>m <s>s", is a problem naming the file and line; the block is kept without that value.
std::vector<TestCaseReport> readResultsReport(const FileBuffer& buffer, const std::string& file, ProblemList& problems);

// "Thu Jun 13 12:00:00 CEST 2024" (java.util.Date.toString()) → its wall clock read as if UTC.
std::optional<TimeNs> parseJavaDate(std::string_view text);

// The report blocks of `reports` (file name, blocks) that start within a minute of the log's start line, checked
// against the log: a duration that differs from the log's start → end by more than 2 s is a problem naming the
// report file and block line. Nothing is said when no block starts with this test (the report may be another
// run's) or when the log has no start or end line (the log's own problems say so).
void checkReportsAgainstLog(const std::vector<std::pair<std::string, std::vector<TestCaseReport>>>& reports,
                            const LogInfo& log, const std::string& logFile, ProblemList& problems);

// File names in logs/ that are controller reports: results.txt and results-<timestamp>.txt.
bool isResultsReportName(std::string_view name);

} // namespace loadscope
