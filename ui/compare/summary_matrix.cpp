#include "ui/compare/summary_matrix.h"

#include "core/report/test_summary.h"
#include "ui/models/table_model.h"

#include <QStandardItemModel>

#include <array>

namespace loadscope {

namespace {

struct CpuBand {
    std::size_t threshold; // index into ThresholdTable::rows (the notebook's band order)
    const char* suffix;
};
// "Median CPU < 0.9", "0.9 <= Median CPU < 0.95", "0.95 <= Median CPU": the notebook's three disjoint bands.
constexpr std::array<CpuBand, 3> kCpuBands{CpuBand{2, "cpu_lt_0.9"}, CpuBand{6, "cpu_0.9_to_0.95"},
                                           CpuBand{7, "cpu_ge_0.95"}};
constexpr std::array<ThresholdKind, 2> kBandKinds{ThresholdKind::Vmaf, ThresholdKind::Visqol};

double bandMedian(const TestAnalysis& a, ThresholdKind kind, std::size_t band)
{
    for (const auto& table : a.thresholds)
        if (table.kind == kind && band < table.rows.size() && table.rows[band].count > 0)
            return table.rows[band].median;
    return kNaN;
}

} // namespace

QStringList summaryMatrixHeaders()
{
    QStringList headers;
    for (const auto& column : testSummaryColumns())
        headers << QString::fromStdString(column);
    for (ThresholdKind kind : kBandKinds)
        for (const auto& band : kCpuBands)
            headers << QStringLiteral("%1_%2").arg(QLatin1String(thresholdKindName(kind)), QLatin1String(band.suffix));
    return headers;
}

void fillSummaryMatrix(QStandardItemModel& model, const LoadedResults& results)
{
    model.removeRows(0, model.rowCount());
    for (const auto& analysis : results.analyses) {
        if (!analysis || !analysis->data)
            continue;
        const TestSummaryRow s = summaryRowOf(*analysis);
        QVariantList row{QString::fromStdString(s.test),
                         QString::fromStdString(s.server),
                         QString::fromStdString(s.topology),
                         s.users,
                         s.sessions,
                         s.failures,
                         s.reconnections,
                         numberOrBlank(s.reconnectingTime),
                         s.usersFailed,
                         s.crashed ? QStringLiteral("true") : QStringLiteral("false"),
                         numberOrBlank(s.duration),
                         numberOrBlank(s.peakCpu),
                         s.usersBeforeFirstFailure,
                         numberOrBlank(s.medianVmaf),
                         numberOrBlank(s.medianVisqol),
                         numberOrBlank(s.medianConnectionStart),
                         numberOrBlank(s.p99Rtt),
                         numberOrBlank(s.qooVideoConferencing)};
        for (ThresholdKind kind : kBandKinds)
            for (const auto& band : kCpuBands)
                row << numberOrBlank(bandMedian(*analysis, kind, band.threshold));
        appendTableRow(&model, row);
    }
}

} // namespace loadscope
