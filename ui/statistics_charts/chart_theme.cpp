#include "ui/statistics_charts/chart_theme.h"

#include "ui/plot/theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>

namespace loadscope {

void styleChart(QChart& chart)
{
    const std::optional<ThemeColours> c = themeColours();
    if (!c)
        return;
    chart.setBackgroundBrush(c->background);
    chart.setBackgroundPen(Qt::NoPen);
    chart.setTitleBrush(c->text);
    chart.legend()->setLabelColor(c->text);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsColor(c->text);
        axis->setTitleBrush(c->text);
        axis->setLinePenColor(c->text);
        axis->setGridLineColor(c->grid);
        axis->setMinorGridLineColor(c->grid);
    }
}

void followTheme(QChartView* view)
{
    QObject::connect(themeNotifier(), &ThemeNotifier::changed, view, [view] {
        if (view->chart())
            styleChart(*view->chart());
    });
    if (view->chart())
        styleChart(*view->chart());
}

} // namespace loadscope
