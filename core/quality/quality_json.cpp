#include "core/quality/quality_json.h"

#include "core/quality/go_compat.h"
#include "core/quality/qoo.h"
#include "core/quality/quality_attenuation.h"
#include "core/util/number_format.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace loadscope {
namespace {

std::string number(double value)
{
    return std::isfinite(value) ? formatNumber(value) : "null";
}

std::string number(const std::optional<double>& value)
{
    return value ? number(*value) : "null";
}

std::string quoted(const std::string& text)
{
    return nlohmann::json(text).dump();
}

void writeQoo(std::ostream& out, SimpleQualityAttenuation& sample, const QooRequirement* requirement)
{
    if (!requirement) {
        out << "null";
        return;
    }
    const QooScore score = evaluateQoo(*requirement, sample);
    out << "{\"requirement\": " << quoted(requirement->name) << ", \"score\": " << number(score.overall)
        << ", \"latency\": " << number(score.latency) << ", \"loss\": " << number(score.loss)
        << ", \"throughput\": " << number(score.throughput) << ", \"missing\": [";
    for (std::size_t i = 0; i < score.missing.size(); ++i)
        out << (i ? ", " : "") << quoted(score.missing[i]);
    out << "]}";
}

} // namespace

void writeQualityJson(std::ostream& out, SimpleQualityAttenuation& sample, const QooRequirement* requirement)
{
    out << "{\n";
    const std::string_view mode = sample.mode() == QualityMode::GoCompatible ? goCompatOf(sample.goSort()).name
                                                                             : "corrected";
    out << "  \"mode\": \"" << mode << "\",\n";
    out << "  \"n\": " << sample.samples() << ",\n";
    out << "  \"losses\": " << sample.losses() << ",\n";
    out << "  \"min\": " << number(sample.minimum()) << ",\n";
    out << "  \"max\": " << number(sample.maximum()) << ",\n";
    out << "  \"mean\": " << number(sample.average()) << ",\n";
    out << "  \"variance\": " << number(sample.variance()) << ",\n";
    out << "  \"stddev\": " << number(sample.standardDeviation()) << ",\n";
    out << "  \"rpm\": " << number(sample.rpm()) << ",\n";
    out << "  \"loss_percent\": " << number(sample.lossPercentage()) << ",\n";
    out << "  \"percentiles\": {";
    bool first = true;
    for (const char* p : kReportPercentiles) {
        out << (first ? "" : ", ") << '"' << p << "\": " << number(sample.percentile(std::strtod(p, nullptr)));
        first = false;
    }
    out << "},\n";
    out << "  \"pdv\": {\"90\": " << number(sample.pdv(90)) << ", \"99\": " << number(sample.pdv(99)) << "},\n";
    out << "  \"qoo_gaming\": " << number(sample.gamingQoo()) << ",\n";
    out << "  \"qoo\": ";
    writeQoo(out, sample, requirement);
    out << ",\n  \"cablelabs_histogram\": [";
    first = true;
    for (double bin : sample.cablelabsHistogram()) {
        out << (first ? "" : ", ") << number(bin);
        first = false;
    }
    out << "],\n  \"centroids\": [";
    first = true;
    for (const Centroid& c : sample.digest().centroids()) {
        out << (first ? "" : ", ") << '[' << number(c.mean) << ", " << number(c.weight) << ']';
        first = false;
    }
    out << "]\n}\n";
}

} // namespace loadscope
