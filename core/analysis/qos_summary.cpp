#include "core/analysis/qos_summary.h"

#include "core/analysis/thresholds.h"

#include <cmath>

namespace loadscope {

namespace {

std::vector<double> correctedPacketLossColumn(const QosTable& table)
{
    const auto* lost = table.column("packetsLost");
    const auto* received = table.column("packetsReceived");
    const auto* sent = table.column("packetsSent");
    std::vector<double> values(table.rows(), kNaN);
    if (!lost)
        return values;
    for (std::size_t r = 0; r < table.rows(); ++r)
        values[r] = correctedPacketLoss((*lost)[r], received ? (*received)[r] : kNaN, sent ? (*sent)[r] : kNaN);
    return values;
}

} // namespace

double correctedPacketLoss(double lost, double received, double sent)
{
    if (std::isnan(lost))
        return kNaN;
    if (!std::isnan(received) && received + lost > 0)
        return lost / (received + lost);
    if (!std::isnan(sent) && sent > 0)
        return lost / sent;
    return kNaN;
}

std::vector<QosSummaryRow> summariseQos(const QosTables& qos, AnalysisMode mode)
{
    std::vector<QosSummaryRow> rows;
    for (Direction d : kDirections)
        for (MediaKind k : kMediaKinds) {
            const QosTable& table = qos.at(d, k);
            for (const auto& metric : table.metricNames()) {
                QosSummaryRow row{d, k, metric, {}};
                if (metric == "packetLoss" && mode == AnalysisMode::Corrected)
                    row.stats = describeValues("", correctedPacketLossColumn(table));
                else
                    row.stats = describeValues("", *table.column(metric));
                rows.push_back(std::move(row));
            }
        }
    return rows;
}

} // namespace loadscope
