#pragma once
// The Comparisons panel's charts of group X (CPU below a threshold) vs group Y (at or above it): box plots,
// violin plots (Gaussian KDE, Scott's bandwidth) and a scatter of segment CPU median vs the metric, each group
// labelled with its n. Also the PNG / SVG export every chart offers (the boxes are core/stats/box_statistics.h).
#include "ui/models/comparisons_model.h"
#include "ui/plot/plot_exporter.h"

#include <QString>

#include <memory>
#include <optional>
#include <span>

class QChart;
class QChartView;

namespace loadscope {

struct ComparisonChartInput {
    QString xName, yName; // "CPU < 0.9", "CPU >= 0.9"
    QString metric;       // the value axis title
    double cpuThreshold = 0.9;
    ComparisonGroups groups;
};
ComparisonChartInput comparisonChartInput(const ThresholdTable& table, std::size_t caseIndex,
                                          ComparisonVariant variant);
QString metricTitle(ThresholdKind kind);
// A group's label under its box or violin (rich text): "CPU &lt; 0.9<br>n = 37".
QString groupAxisLabel(const QString& name, std::size_t n);

std::unique_ptr<QChart> makeBoxPlotChart(const ComparisonChartInput& input);
std::unique_ptr<QChart> makeViolinChart(const ComparisonChartInput& input);
std::unique_ptr<QChart> makeScatterChart(const ComparisonChartInput& input);

// What a chart's tooltip says: per group n, quartiles and whiskers (box), bandwidths (violin).
QString boxPlotDescription(const ComparisonChartInput& input);
QString violinDescription(const ComparisonChartInput& input);

// Shows `chart` in `view` (which owns it) and deletes the chart shown before.
void replaceChart(QChartView* view, std::unique_ptr<QChart> chart);
// A chart view's painting at any size (the view is resized for it, then restored).
ChartPainting chartViewPainting(QChartView& view);
// PNG, SVG or PDF by the path's suffix at the view's size, written atomically through QSaveFile.
// Returns an empty string on success, else a message naming the file.
QString exportChartView(QChartView& view, const QString& path);

} // namespace loadscope
