#include "core/quality/quality_table.h"

#include "core/quality/qoo.h"
#include "core/quality/quality_scopes.h"
#include "core/util/csv_writer.h"

#include <cmath>
#include <limits>
#include <string>

namespace loadscope {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

const std::vector<std::string> kHeader{"test",
                                       "scope",
                                       "id",
                                       "metric",
                                       "n",
                                       "losses",
                                       "min",
                                       "p50",
                                       "p90",
                                       "p99",
                                       "p999",
                                       "mean",
                                       "stddev",
                                       "rpm",
                                       "pdv99",
                                       "qoo_gaming",
                                       "qoo_video_conferencing",
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

void writeTestMetric(CsvWriter& csv, const TestData& test, const QualityMetric& metric, QualityMode mode)
{
    for (QualityScopeDigest& row : qualityScopes(test, metric, mode))
        writeRow(csv, test.info.name, qualityScopeName(row.scope), row.id, metric.name, row.digest);
}

} // namespace

void writeQualityCsv(std::ostream& out, const std::vector<TestData>& tests, QualityMode mode)
{
    CsvWriter csv(out, kHeader);
    for (const TestData& test : tests)
        for (const QualityMetric& metric : qualityMetrics())
            writeTestMetric(csv, test, metric, mode);
}

} // namespace loadscope
