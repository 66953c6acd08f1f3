#include "core/quality/quality_table.h"

#include "core/quality/qoo.h"
#include "core/util/csv_writer.h"

#include <cmath>
#include <limits>
#include <string>

namespace loadscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Metric {
    const char* name;
    Direction direction;
    const char* column;
};

constexpr Metric kMetrics[] = {
    {"rtt", Direction::RemoteInbound, "roundTripTime"},
    {"jitter", Direction::Inbound, "jitter"},
};

const std::vector<std::string> kHeader{"test",   "scope", "id",     "metric",  "n",          "losses",
                                       "min",    "p50",   "p90",    "p99",     "p999",       "mean",
                                       "stddev", "rpm",   "pdv99",  "qoo_gaming", "qoo_video_conferencing",
                                       "qoo_web_browsing"};

double presetScore(const char* preset, SimpleQualityAttenuation& qa)
{
    return evaluateQoo(*findQooPreset(preset), qa).overall.value_or(kNaN);
}

void writeRow(CsvWriter& csv, const std::string& test, const char* scope, const std::string& id, const char* metric,
              SimpleQualityAttenuation& qa)
{
    csv.cell(test).cell(scope).cell(id).cell(metric);
    csv.integer(qa.samples()).integer(qa.losses());
    csv.number(qa.minimum());
    for (double p : {50.0, 90.0, 99.0, 99.9})
        csv.number(qa.percentile(p));
    csv.number(qa.average()).number(qa.standardDeviation()).number(qa.rpm()).number(qa.pdv(99));
    csv.number(qa.gamingQoo().value_or(kNaN));
    csv.number(presetScore("video-conferencing", qa)).number(presetScore("web-browsing", qa));
    csv.endRow();
}

// One digest per user of `test`, from both media kinds of the metric's table.
std::vector<SimpleQualityAttenuation> userDigests(const TestData& test, const Metric& metric, QualityMode mode)
{
    std::vector<SimpleQualityAttenuation> users(test.users.size(), SimpleQualityAttenuation(mode));
    for (MediaKind kind : kMediaKinds) {
        const QosTable& table = test.qos.at(metric.direction, kind);
        const std::vector<double>* values = table.column(metric.column);
        if (!values)
            continue;
        for (std::size_t row = 0; row < table.rows(); ++row) {
            const double v = (*values)[row];
            const int user = table.userIndex()[row];
            if (!(v > 0.0) || user < 0 || static_cast<std::size_t>(user) >= users.size())
                continue;  // NaN, <= 0, or a row pointing at no user
            (void)users[static_cast<std::size_t>(user)].addSample(v);  // v > 0 and not NaN: always accepted
        }
    }
    return users;
}

void writeTestMetric(CsvWriter& csv, const TestData& test, const Metric& metric, QualityMode mode)
{
    std::vector<SimpleQualityAttenuation> users = userDigests(test, metric, mode);
    for (std::size_t i = 0; i < users.size(); ++i) {
        const UserKey& key = test.users[i].key;
        writeRow(csv, test.info.name, "user", std::to_string(key.user) + "-" + std::to_string(key.session),
                 metric.name, users[i]);
    }
    // TestData::users is sorted by (session, user): each session is one contiguous run.
    for (std::size_t first = 0; first < users.size();) {
        const int session = test.users[first].key.session;
        SimpleQualityAttenuation merged(mode);
        std::size_t i = first;
        for (; i < users.size() && test.users[i].key.session == session; ++i)
            (void)merged.merge(users[i]);  // same mode and parameters: never refused
        writeRow(csv, test.info.name, "session", std::to_string(session), metric.name, merged);
        first = i;
    }
    SimpleQualityAttenuation whole(mode);
    for (SimpleQualityAttenuation& user : users)
        (void)whole.merge(user);
    writeRow(csv, test.info.name, "test", test.info.name, metric.name, whole);
}

} // namespace

void writeQualityCsv(std::ostream& out, const std::vector<TestData>& tests, QualityMode mode)
{
    CsvWriter csv(out, kHeader);
    for (const TestData& test : tests)
        for (const Metric& metric : kMetrics)
            writeTestMetric(csv, test, metric, mode);
}

} // namespace loadscope
