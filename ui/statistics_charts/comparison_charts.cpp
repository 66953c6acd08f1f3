#include "ui/statistics_charts/comparison_charts.h"

#include "ui/plot/plot_exporter.h"

#include "core/stats/box_statistics.h"

#include "core/stats/numpy_compatible.h"
#include "core/stats/kernel_density.h"
#include "ui/statistics_charts/chart_theme.h"
#include "ui/statistics_charts/scatter_points.h"
#include "ui/widgets/count_text.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSaveFile>
#include <QScatterSeries>
#include <QSvgGenerator>
#include <QValueAxis>

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

constexpr double kViolinHalfWidth = 0.4; // in category units: neighbouring violins never touch
constexpr int kViolinPoints = 120;
const QColor kColourX(0x1f, 0x77, 0xb4), kColourY(0xd6, 0x27, 0x28);

// Chart texts are rich text: "<" must be escaped or "CPU < 0.9" shows as "CPU". Axis labels wrap to fit.
QString groupLabel(const QString& name, std::size_t n)
{
    return QStringLiteral("%1 (n=%2)").arg(name.toHtmlEscaped()).arg(n);
}

QString plainGroupLabel(const QString& name, std::size_t n) // for tooltips, which are plain text
{
    return QStringLiteral("%1 (n=%2)").arg(name).arg(n);
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

// Value-axis range covering both groups (and `extra` values), padded by 5 %; 0..1 when there is nothing.
std::pair<double, double> valueRange(std::initializer_list<std::span<const double>> groups)
{
    double lo = INFINITY, hi = -INFINITY;
    for (auto g : groups)
        for (double v : g)
            if (std::isfinite(v)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
    if (!(lo <= hi))
        return {0, 1};
    const double pad = hi > lo ? 0.05 * (hi - lo) : std::max(0.5, 0.05 * std::fabs(lo));
    return {lo - pad, hi + pad};
}

QValueAxis* addValueAxis(QChart& chart, const QString& title, std::pair<double, double> range, Qt::Alignment side)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(range.first, range.second);
    axis->applyNiceNumbers();
    chart.addAxis(axis, side);
    return axis;
}

std::unique_ptr<QChart> newChart(const QString& title)
{
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

void attach(QChart& chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart.addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

struct Group {
    QString name;
    std::span<const double> values;
    QColor colour;
};

std::array<Group, 2> groupsOf(const ComparisonChartInput& in)
{
    return {Group{in.xName, in.groups.x, kColourX}, Group{in.yName, in.groups.y, kColourY}};
}

// A category axis for value-positioned series (violins): group i is centred on x = i.
QCategoryAxis* addGroupAxis(QChart& chart, const std::array<Group, 2>& groups)
{
    auto* axis = new QCategoryAxis;
    axis->setMin(-0.5);
    axis->setStartValue(-0.5);
    for (std::size_t i = 0; i < groups.size(); ++i)
        axis->append(groupAxisLabel(groups[i].name, groups[i].values.size()), static_cast<double>(i) + 0.5);
    axis->setMax(static_cast<double>(groups.size()) - 0.5);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    chart.addAxis(axis, Qt::AlignBottom);
    return axis;
}

void addHorizontalMark(QChart& chart, double centre, double halfWidth, double y, QColor colour, QAbstractAxis* xAxis,
                       QAbstractAxis* yAxis)
{
    auto* line = new QLineSeries;
    line->append(centre - halfWidth, y);
    line->append(centre + halfWidth, y);
    line->setPen(QPen(colour.darker(150), 2));
    attach(chart, line, xAxis, yAxis);
    chart.legend()->markers(line).value(0)->setVisible(false);
}

} // namespace

QString groupAxisLabel(const QString& name, std::size_t n)
{
    return QStringLiteral("%1<br>n = %2").arg(name.toHtmlEscaped()).arg(n);
}

QString metricTitle(ThresholdKind kind)
{
    switch (kind) {
    case ThresholdKind::Vmaf: return QStringLiteral("VMAF (0-5)");
    case ThresholdKind::Visqol: return QStringLiteral("ViSQOL (0-5)");
    case ThresholdKind::ConnectionStart: return QStringLiteral("connection start duration (s)");
    }
    return {};
}

ComparisonChartInput comparisonChartInput(const ThresholdTable& table, std::size_t caseIndex, ComparisonVariant variant)
{
    const ComparisonCase& c = kComparisonCases.at(caseIndex);
    return {QString::fromLatin1(c.x), QString::fromLatin1(c.y), metricTitle(table.kind), c.cpuThreshold,
            comparisonGroups(table, c, variant)};
}

QString boxPlotDescription(const ComparisonChartInput& input)
{
    QStringList lines{QStringLiteral("Quartiles by linear interpolation (numpy.percentile, pandas quantile).\n"
                                     "Whiskers: the furthest values within 1.5 x IQR of the box (Tukey); "
                                     "dots beyond them are outliers.")};
    for (const Group& g : groupsOf(input)) {
        const auto box = boxStatistics(g.values);
        lines << (box ? QStringLiteral("%1: Q1 %2, median %3, Q3 %4, whiskers %5 to %6, %7")
                            .arg(plainGroupLabel(g.name, box->n), number(box->q1), number(box->median), number(box->q3),
                                 number(box->lowerWhisker), number(box->upperWhisker),
                                 countText(static_cast<qint64>(box->outliers.size()), QStringLiteral("outlier"),
                                           QStringLiteral("outliers")))
                      : QStringLiteral("%1: no values").arg(plainGroupLabel(g.name, g.values.size())));
    }
    return lines.join(QLatin1Char('\n'));
}

std::unique_ptr<QChart> makeBoxPlotChart(const ComparisonChartInput& input)
{
    auto chart = newChart(QStringLiteral("Box plot: %1").arg(input.metric));
    const auto groups = groupsOf(input);
    auto* xAxis = new QBarCategoryAxis;
    auto* boxes = new QBoxPlotSeries;
    boxes->setName(QStringLiteral("quartiles"));
    QList<QPointF> outliers;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const QString label = groupAxisLabel(groups[i].name, groups[i].values.size());
        xAxis->append(label);
        const auto box = boxStatistics(groups[i].values);
        // An empty group keeps its category (n=0) but gets no box; a zero box would look like data.
        auto* set = box ? new QBoxSet(box->lowerWhisker, box->q1, box->median, box->q3, box->upperWhisker, label)
                        : new QBoxSet(label);
        set->setBrush(groups[i].colour.lighter(160));
        set->setPen(QPen(groups[i].colour.darker(130), 1.5));
        boxes->append(set);
        if (box)
            for (double v : box->outliers)
                outliers.append(QPointF(static_cast<double>(i), v));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    QValueAxis* yAxis = addValueAxis(*chart, input.metric, valueRange({input.groups.x, input.groups.y}), Qt::AlignLeft);
    attach(*chart, boxes, xAxis, yAxis);
    addScatterPoints(*chart, xAxis, yAxis, std::move(outliers), Qt::black, Qt::black, 6)
        ->setName(QStringLiteral("outliers (beyond 1.5 IQR)"));
    // One marker for two coloured boxes would mislead; the tooltip explains quartiles and whiskers instead.
    chart->legend()->markers(boxes).value(0)->setVisible(false);
    return chart;
}

QString violinDescription(const ComparisonChartInput& input)
{
    QStringList lines{QStringLiteral("Gaussian kernel density, Scott's bandwidth (scipy.stats.gaussian_kde), drawn "
                                     "to 2 bandwidths beyond the data; each violin scaled to the same width. "
                                     "The bar is the median.")};
    for (const Group& g : groupsOf(input)) {
        std::string why;
        const auto kde = KernelDensity::fit(g.values, &why);
        lines << (kde ? QStringLiteral("%1: bandwidth %2")
                            .arg(plainGroupLabel(g.name, g.values.size()), number(kde->bandwidth()))
                      : QStringLiteral("%1: no density (%2)")
                            .arg(plainGroupLabel(g.name, g.values.size()), QString::fromStdString(why)));
    }
    return lines.join(QLatin1Char('\n'));
}

std::unique_ptr<QChart> makeViolinChart(const ComparisonChartInput& input)
{
    auto chart = newChart(QStringLiteral("Violin plot: %1").arg(input.metric));
    chart->legend()->hide();
    const auto groups = groupsOf(input);
    QCategoryAxis* xAxis = addGroupAxis(*chart, groups);
    std::vector<double> extent; // the violins' y extent, so the axis covers their tails
    std::vector<QAbstractSeries*> pending;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const double centre = static_cast<double>(i);
        const auto kde = KernelDensity::fit(groups[i].values);
        if (!kde)
            continue; // no spread: the median mark below still shows where the values are
        const auto [lo, hi] = std::minmax_element(groups[i].values.begin(), groups[i].values.end());
        const std::vector<double> ys = linearSpace(*lo - 2 * kde->bandwidth(), *hi + 2 * kde->bandwidth(),
                                                   kViolinPoints);
        const std::vector<double> density = kde->evaluate(ys);
        const double peak = *std::max_element(density.begin(), density.end());
        // QAreaSeries closes upper (left side, bottom to top) with lower reversed (right side, top to bottom).
        auto* left = new QLineSeries;
        auto* right = new QLineSeries;
        for (std::size_t k = 0; k < ys.size(); ++k) {
            const double half = kViolinHalfWidth * density[k] / peak;
            left->append(centre - half, ys[k]);
            right->append(centre + half, ys[k]);
        }
        auto* area = new QAreaSeries(left, right);
        left->setParent(area); // an area series does not own its boundary lines (ASan's leak check found them)
        right->setParent(area);
        area->setName(groupLabel(groups[i].name, groups[i].values.size()));
        area->setBrush(groups[i].colour.lighter(160));
        area->setPen(QPen(groups[i].colour.darker(130), 1.5));
        pending.push_back(area);
        extent.push_back(ys.front());
        extent.push_back(ys.back());
    }
    QValueAxis* yAxis = addValueAxis(*chart, input.metric, valueRange({input.groups.x, input.groups.y, extent}),
                                     Qt::AlignLeft);
    for (QAbstractSeries* s : pending)
        attach(*chart, s, xAxis, yAxis);
    for (std::size_t i = 0; i < groups.size(); ++i)
        if (!groups[i].values.empty())
            addHorizontalMark(*chart, static_cast<double>(i), 0.15, stats::median(groups[i].values), groups[i].colour,
                              xAxis, yAxis);
    return chart;
}

std::unique_ptr<QChart> makeScatterChart(const ComparisonChartInput& input)
{
    auto chart = newChart(QStringLiteral("CPU median vs %1").arg(input.metric));
    const auto groups = groupsOf(input);
    const std::array<std::span<const double>, 2> cpu{input.groups.cpuX, input.groups.cpuY};
    const double thresholds[] = {kComparisonCases[0].cpuThreshold, kComparisonCases[1].cpuThreshold};
    auto* xAxis = addValueAxis(*chart, QStringLiteral("segment CPU median (0-1)"),
                               valueRange({cpu[0], cpu[1], thresholds}), Qt::AlignBottom);
    auto* yAxis = addValueAxis(*chart, input.metric, valueRange({input.groups.x, input.groups.y}), Qt::AlignLeft);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const std::size_t n = std::min(groups[i].values.size(), cpu[i].size());
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(n));
        for (std::size_t k = 0; k < n; ++k)
            points.append(QPointF(cpu[i][k], groups[i].values[k]));
        addScatterPoints(*chart, xAxis, yAxis, std::move(points), groups[i].colour, groups[i].colour.darker(130), 7)
            ->setName(groupLabel(groups[i].name, groups[i].values.size()));
    }
    for (double t : thresholds) {
        auto* line = new QLineSeries;
        line->setName(QStringLiteral("CPU %1").arg(t));
        line->append(t, yAxis->min());
        line->append(t, yAxis->max());
        QPen pen(t == input.cpuThreshold ? Qt::black : Qt::gray, 1.5, Qt::DashLine);
        line->setPen(pen);
        attach(*chart, line, xAxis, yAxis);
        chart->legend()->markers(line).value(0)->setVisible(false); // the axis shows where they are; room for n
    }
    return chart;
}

void replaceChart(QChartView* view, std::unique_ptr<QChart> chart)
{
    QChart* old = view->chart();
    styleChart(*chart);              // in the application's theme, when one is applied
    view->setChart(chart.release()); // the view owns the new chart and releases the old one: delete it
    delete old;
}

ChartPainting chartViewPainting(QChartView& view)
{
    return [&view](QPaintDevice& device, QSize size) {
        const QSize shown = view.size();
        if (shown != size)
            view.resize(size); // QChartView resizes its chart with it
        QPainter painter;
        if (!painter.begin(&device))
            return false;
        view.render(&painter, QRectF(QPointF(0, 0), size), QRect(QPoint(0, 0), size)); // as vectors on SVG/PDF
        const bool painted = painter.end();
        if (shown != size)
            view.resize(shown);
        return painted;
    };
}

QString exportChartView(QChartView& view, const QString& path)
{
    return exportPainting(chartViewPainting(view), path, exportFormatFromPath(path), {view.width(), view.height(), 1.0},
                          view.chart() ? view.chart()->title() : QString());
}

} // namespace loadscope
