#pragma once
// Qt Charts in the application's theme (ui/plot/theme.h): background, titles, axes, grid and legend text in the
// palette's colours; series colours stay. Nothing changes before a theme is applied (headless figures).
class QChart;
class QChartView;

namespace loadscope {

void styleChart(QChart& chart);     // call where a chart is built or its axes are replaced
void followTheme(QChartView* view); // restyles the view's chart each time the theme changes

} // namespace loadscope
