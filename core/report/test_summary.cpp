#include "core/report/test_summary.h"

#include "core/analysis/failure_counts.h"
#include "core/quality/qoo.h"
#include "core/quality/quality_scopes.h"
#include "core/stats/numpy_compatible.h"
#include "core/util/csv_writer.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace loadscope {

namespace {

constexpr double kVisqolFailure = -0.25; // what qoe_scripts write when ViSQOL failed
constexpr double kPlottedScale = 5.0;    // the notebook plots vmaf and visqol × 5

double medianOrNaN(const std::vector<double>& values)
{
    return values.empty() ? kNaN : stats::median(values);
}

// The earliest failure of any user (seconds from the test start), NaN when nobody failed.
double firstFailureTime(const TestAnalysis& a)
{
    double first = kNaN;
    for (const auto& user : a.users)
        for (const auto& e : user.combined)
            if (e.isLogFailure() && (std::isnan(first) || e.time < first))
                first = e.time;
    return first;
}

const CombinedEvent* firstSuccess(const UserTimeline& user)
{
    for (const auto& e : user.combined)
        if (e.kind == CombinedKind::Success)
            return &e;
    return nullptr;
}

void countUsersAndFailures(const TestAnalysis& a, TestSummaryRow& s)
{
    std::set<int> sessions;
    for (std::size_t u = 0; u < a.data->users.size(); ++u) {
        if (a.data->users[u].events.empty())
            continue;
        ++s.users;
        sessions.insert(a.data->users[u].key.session);
    }
    s.sessions = static_cast<int>(sessions.size());
    const FailureCounts counts = countFailures(a);
    s.failures = counts.failures;
    s.reconnections = counts.reconnections;
    s.reconnectingTime = counts.reconnectingSeconds;
    s.usersFailed = counts.usersFailed;
}

void summariseConnections(const TestAnalysis& a, TestSummaryRow& s)
{
    const double firstFailure = firstFailureTime(a);
    std::vector<double> startDurations;
    for (const auto& user : a.users) {
        const CombinedEvent* success = firstSuccess(user);
        if (!success)
            continue;
        if (std::isnan(firstFailure) || success->time < firstFailure)
            ++s.usersBeforeFirstFailure;
        const CombinedEvent* start = nullptr;
        for (const auto& e : user.combined) {
            if (&e == success)
                break;
            if (e.kind == CombinedKind::Start)
                start = &e;
        }
        if (start)
            startDurations.push_back(success->time - start->time);
    }
    s.medianConnectionStart = medianOrNaN(startDurations);
}

void summariseQoe(const TestData& data, TestSummaryRow& s)
{
    std::vector<double> vmaf, visqol;
    for (const auto& cut : data.qoe) {
        if (!std::isnan(cut.vmaf))
            vmaf.push_back(cut.vmaf * kPlottedScale);
        if (!std::isnan(cut.visqol) && cut.visqol != kVisqolFailure)
            visqol.push_back(cut.visqol * kPlottedScale);
    }
    s.medianVmaf = medianOrNaN(vmaf);
    s.medianVisqol = medianOrNaN(visqol);
}

double p99VideoRtt(const TestData& data)
{
    const auto* column = data.qos.at(Direction::RemoteInbound, MediaKind::Video).column("roundTripTime");
    if (!column)
        return kNaN;
    std::vector<double> rtt;
    std::copy_if(column->begin(), column->end(), std::back_inserter(rtt), [](double v) { return v > 0; });
    return rtt.empty() ? kNaN : stats::quantileLinear(rtt, 0.99);
}

// The test-scope row of quality.csv's rtt metric, so both tables show the same score.
double testRttQoo(const TestData& data)
{
    const auto& rtt = qualityMetrics()[0];
    auto scopes = qualityScopes(data, rtt, QualityMode::Corrected);
    if (scopes.empty() || scopes.back().scope != QualityScope::Test)
        return kNaN;
    return evaluateQoo(*findQooPreset("video-conferencing"), scopes.back().digest).overall.value_or(kNaN);
}

} // namespace

TestSummaryRow summaryRowOf(const TestAnalysis& a)
{
    TestSummaryRow s;
    const TestData& data = *a.data;
    s.test = data.info.name;
    s.server = data.info.server;
    s.topology = data.info.topology;
    countUsersAndFailures(a, s);
    s.crashed = a.crashed;
    s.duration = a.users.empty() ? kNaN : a.duration; // without events the analysis has no bounds at all
    for (const auto& r : a.resources)
        if (!std::isnan(r.cpu) && (std::isnan(s.peakCpu) || r.cpu > s.peakCpu))
            s.peakCpu = r.cpu;
    summariseConnections(a, s);
    summariseQoe(data, s);
    s.p99Rtt = p99VideoRtt(data);
    s.qooVideoConferencing = testRttQoo(data);
    return s;
}

const std::vector<std::string>& testSummaryColumns()
{
    static const std::vector<std::string> columns{"test",
                                                  "server",
                                                  "topology",
                                                  "users",
                                                  "sessions",
                                                  "failures",
                                                  "reconnections",
                                                  "reconnecting_time",
                                                  "users_failed",
                                                  "crashed",
                                                  "duration",
                                                  "peak_cpu",
                                                  "users_before_first_failure",
                                                  "median_vmaf",
                                                  "median_visqol",
                                                  "median_connection_start",
                                                  "p99_rtt",
                                                  "qoo_video_conferencing"};
    return columns;
}

void writeSummaryCsv(std::ostream& out, const std::vector<TestSummaryRow>& rows)
{
    CsvWriter w(out, testSummaryColumns());
    for (const auto& s : rows) {
        w.cell(s.test).cell(s.server).cell(s.topology).integer(s.users).integer(s.sessions).integer(s.failures);
        w.integer(s.reconnections).number(s.reconnectingTime).integer(s.usersFailed);
        w.cell(s.crashed ? "true" : "false").number(s.duration).number(s.peakCpu).integer(s.usersBeforeFirstFailure);
        w.number(s.medianVmaf).number(s.medianVisqol).number(s.medianConnectionStart).number(s.p99Rtt);
        w.number(s.qooVideoConferencing);
        w.endRow();
    }
}

void writeSummaryCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    std::vector<TestSummaryRow> rows;
    for (const auto& t : tests)
        rows.push_back(summaryRowOf(t));
    writeSummaryCsv(out, rows);
}

} // namespace loadscope
