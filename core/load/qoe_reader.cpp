#include "core/load/qoe_reader.h"

#include "core/load/json_array_reader.h"
#include "core/load/json_scalar.h"
#include "core/load/log_reader.h"

#include <cmath>
#include <limits>

namespace loadscope {

namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

ElementResult readCut(simdjson::ondemand::object& object, ElementSite& site, QoeCut cut, std::vector<QoeCut>& out)
{
    cut.vmaf = kMissing;
    cut.visqol = kMissing;
    bool hasIndex = false;
    const ElementResult fields = forEachScalarField(object, [&](std::string_view key, const JsonScalar& scalar) {
        const bool isNumber = scalar.kind == JsonScalar::Kind::Number;
        const bool isMissing = scalar.kind == JsonScalar::Kind::Null;
        if (key == "cut_index") {
            if (!isNumber || !std::isfinite(scalar.number) || scalar.number != std::floor(scalar.number) ||
                std::fabs(scalar.number) > 1e9) {
                site.warn(std::string("QoE row skipped: `cut_index` is ") +
                          (isNumber ? "not a whole number" : jsonKindName(scalar.kind)));
                return ElementResult::Skipped;
            }
            cut.cutIndex = static_cast<int>(scalar.number);
            hasIndex = true;
        } else if (isNumber || isMissing) {
            const double number = isNumber ? scalar.number : kMissing;
            if (key == "vmaf")
                cut.vmaf = number;
            else if (key == "visqol")
                cut.visqol = number;
            else
                cut.extra[std::string(key)] = number;
        } else if (key == "vmaf" || key == "visqol") {
            site.warn("QoE row skipped: `" + std::string(key) + "` is " + jsonKindName(scalar.kind) +
                      ", expected a number");
            return ElementResult::Skipped;
        }
        return ElementResult::Used;
    });
    if (fields != ElementResult::Used)
        return fields;
    if (!hasIndex) {
        site.warn("QoE row skipped: no `cut_index`");
        return ElementResult::Skipped;
    }
    out.push_back(std::move(cut));
    return ElementResult::Used;
}

} // namespace

std::optional<QoeFileName> parseQoeFileName(std::string_view fileName)
{
    const std::string_view stem = fileName.substr(0, fileName.find('_'));
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        const std::size_t dash = stem.find('-', start);
        parts.push_back(stem.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
        if (dash == std::string_view::npos)
            break;
        start = dash + 1;
    }
    if (parts.size() < 4)
        return std::nullopt;
    const auto session = parseSessionName(parts[1]);
    const auto receiver = parseUserName(parts[2]);
    const auto sender = parseUserName(parts[3]);
    if (!session || !receiver || !sender)
        return std::nullopt;
    return QoeFileName{{*session, *receiver}, *sender};
}

void readQoeFile(const FileBuffer& buffer, const std::string& file, const QoeFileName& name, int fileIndex,
                 std::vector<QoeCut>& out, ProblemList& problems)
{
    JsonArrayReader reader(buffer, file, problems);
    const std::size_t before = out.size();
    reader.read(
        ArrayStrategy::SplitFirst,
        [&](simdjson::ondemand::object& object, ElementSite& site) {
            QoeCut cut;
            cut.receiver = name.receiver;
            cut.sender = name.sender;
            cut.fileIndex = fileIndex;
            cut.row = static_cast<int>(site.index());
            return readCut(object, site, std::move(cut), out);
        },
        [&out, before] { out.resize(before); });
}

} // namespace loadscope
