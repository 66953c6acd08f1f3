#include "ui/figures/figure_catalog.h"

#include "ui/time_charts/qos_columns.h"
#include "ui/timeline/timeline_series.h"

namespace loadscope {

namespace {

QString fileOf(const QString& test, const QString& figure, const QString& metric)
{
    return metric.isEmpty() ? test + QLatin1Char('/') + figure
                            : test + QLatin1Char('/') + figure + QLatin1Char('_') + metric;
}

void add(FigureSet& set, const QString& test, const QString& figure, const QString& metric,
         std::function<ChartPainting(FigureCanvas&)> setUp)
{
    set.figures.push_back({{test, figure, metric, fileOf(test, figure, metric)}, std::move(setUp)});
}

// The connection-progression metrics the notebook colours by: VMAF, ViSQOL and its QoS series, plus the cuts files'
// other QoE scores (MS-SSIM, PSNR, PESQ...) where a test has them (not the rolling QoO nor LiveKit's connection
// quality, which are the explorer's own).
std::vector<TimelineMetric> timelineMetrics()
{
    std::vector<TimelineMetric> metrics;
    for (const TimelineMetric& metric : TimelineMetric::menu())
        if (!metric.isRollingQoo() && !metric.isConnectionQuality())
            metrics.push_back(metric);
    return metrics;
}

bool testHas(const TestAnalysis& a, const TimelineMetric& metric)
{
    return !metric.isExtraQoe() || (a.data && hasQoeScore(*a.data, metric.qoeScore()->key));
}

QString qosMetricName(const QosChoice& choice)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QString::fromLatin1(directionName(choice.direction)).replace('_', '-'),
             QString::fromLatin1(mediaKindName(choice.kind)), QString::fromLatin1(choice.column->column));
}

// Every test's bands pooled, so that the comparisons can be drawn over all tests.
std::vector<ThresholdTable> pooledThresholds(const std::vector<TestAnalysis>& analyses)
{
    std::vector<ThresholdTable> pooled;
    for (ThresholdKind kind : kThresholdKinds) {
        ThresholdTable all;
        all.kind = kind;
        for (const TestAnalysis& a : analyses) {
            const ThresholdTable* t = thresholdTableOf(&a, kind);
            if (!t)
                continue;
            all.values.resize(std::max(all.values.size(), t->values.size()));
            all.cpuMedians.resize(std::max(all.cpuMedians.size(), t->cpuMedians.size()));
            for (std::size_t b = 0; b < t->values.size(); ++b)
                all.values[b].insert(all.values[b].end(), t->values[b].begin(), t->values[b].end());
            for (std::size_t b = 0; b < t->cpuMedians.size(); ++b)
                all.cpuMedians[b].insert(all.cpuMedians[b].end(), t->cpuMedians[b].begin(), t->cpuMedians[b].end());
        }
        pooled.push_back(std::move(all));
    }
    return pooled;
}

// Box, violin and scatter of each CPU-threshold case of `table` whose two groups both have values (the notebook
// skips a comparison with an empty group, as comparisons.csv does).
void addComparisons(FigureSet& set, const QString& test, const ThresholdTable& table)
{
    static const std::array<std::pair<ComparisonChartKind, const char*>, 3> kinds{
        {{ComparisonChartKind::Box, "boxplot"},
         {ComparisonChartKind::Violin, "violin"},
         {ComparisonChartKind::Scatter, "scatter"}}};
    for (std::size_t c = 0; c < kComparisonCases.size(); ++c) {
        auto input = std::make_shared<const ComparisonChartInput>(
            comparisonChartInput(table, c, ComparisonVariant::Raw));
        if (input->groups.x.empty() || input->groups.y.empty())
            continue;
        const QString metric = QStringLiteral("%1_cpu-%2")
                                   .arg(QString::fromLatin1(thresholdKindName(table.kind)))
                                   .arg(kComparisonCases[c].cpuThreshold);
        for (const auto& [kind, name] : kinds)
            add(set, test, QString::fromLatin1(name), metric,
                [input, kind = kind, test](FigureCanvas& canvas) { return canvas.comparison(kind, *input, test); });
        set.keep.push_back(input);
    }
}

// A timeline's rows, built when its figure is set up: each drawing process builds only those of the figures it
// takes (the QoS series behind them are the heavy part).
std::shared_ptr<const std::vector<TimelineRow>> timelineRows(const TestAnalysis& a, const TimelineMetric& metric)
{
    const std::vector<QosSeries> series = needsSeries(metric) ? timelineSeries(a, metric) : std::vector<QosSeries>();
    return std::make_shared<const std::vector<TimelineRow>>(
        buildTimelineRows(a, metric, needsSeries(metric) ? &series : nullptr));
}

void addTestFigures(FigureSet& set, const TestAnalysis& a, const std::vector<TimelineMetric>& metrics)
{
    const QString test = QString::fromStdString(a.data->info.name);
    for (const TimelineMetric& metric : metrics)
        if (testHas(a, metric)) // else a QoE score the test's cuts do not hold
            add(set, test, QStringLiteral("connection-progression"), metric.key(),
                [&a, metric](FigureCanvas& canvas) { return canvas.timeline(a, metric, timelineRows(a, metric)); });
    add(set, test, QStringLiteral("qoe-progression"), {}, [&a](FigureCanvas& canvas) { return canvas.qoe(a); });
    for (const QosChoice& choice : qosChoices())
        add(set, test, QStringLiteral("qos"), qosMetricName(choice),
            [&a, choice](FigureCanvas& canvas) { return canvas.qos(a, choice); });
    add(set, test, QStringLiteral("participants"), {}, [&a](FigureCanvas& canvas) { return canvas.participants(a); });
    for (const ThresholdTable& table : a.thresholds)
        addComparisons(set, test, table);
}

} // namespace

FigureSet figureSet(const std::vector<TestAnalysis>& analyses)
{
    FigureSet set;
    const std::vector<TimelineMetric> metrics = timelineMetrics();
    for (const TestAnalysis& a : analyses)
        if (a.data)
            addTestFigures(set, a, metrics);

    auto pooled = std::make_shared<const std::vector<ThresholdTable>>(pooledThresholds(analyses));
    for (const ThresholdTable& table : *pooled)
        addComparisons(set, QString::fromLatin1(kAllTestsName), table);
    set.keep.push_back(pooled);
    auto compared = std::make_shared<std::vector<ComparedTest>>();
    for (const TestAnalysis& a : analyses)
        if (a.data)
            compared->push_back({QString::fromStdString(a.data->info.name), &a});
    for (const CompareQuantitySpec& q : compareQuantities())
        add(set, QString::fromLatin1(kAllTestsName), QStringLiteral("compare"), QString::fromLatin1(q.key).toLower(),
            [compared, quantity = q.quantity](FigureCanvas& canvas) { return canvas.compare(*compared, quantity); });
    set.keep.push_back(compared);
    return set;
}

} // namespace loadscope
