#include "ui/time_charts/time_chart.h"

#include "core/util/csv_writer.h"
#include "core/util/number_format.h"

#include "ui/time_charts/resource_series.h"
#include "ui/models/table_model.h"
#include "ui/plot/fast_lines.h"
#include "ui/plot/legend_placement.h"
#include "ui/plot/plot_export_action.h"
#include "ui/widgets/save_dialog.h"

#include <QAction>
#include <QMessageBox>

#include <cmath>

namespace loadscope {

namespace {

constexpr double kMargin = 5.0; // seconds around the test, as the timeline (set_xlim(-5, duration + 5))

// The shortest text that reads back as the same double ("" for NaN), as loadscope-cli's CSVs print numbers.
QString csvNumber(double value)
{
    return QString::fromStdString(formatNumber(value));
}

} // namespace

TimeChart::TimeChart(QWidget* parent) : QCustomPlot(parent)
{
    drawLinesFast(this);
    setNoAntialiasingOnDrag(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    xAxis->setLabel(tr("Time from the test start (s)"));
    plotLayout()->insertRow(0);
    title_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    plotLayout()->addElement(0, 0, title_);
    plotLayout()->setRowStretchFactor(0, 0.001);
    noData_ = new QCPTextElement(this, QString(), QFont(font().family(), font().pointSize() + 1));
    noData_->setTextColor(Qt::darkGray);
    noData_->setVisible(false);
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), font().pointSize() - 1));
    placeLegendAbove(this); // between the title and the plot area: it never covers a curve

    addExportAction(this);
    auto* csv = new QAction(tr("Export data as CSV…"), this);
    connect(csv, &QAction::triggered, this, [this] {
        const QString path = askSavePath(this, tr("Export chart data"), SaveKind::Table, exportNameParts(this));
        if (path.isEmpty())
            return;
        const QString error = exportCsv(path);
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    addAction(csv);
}

QString TimeChart::title() const
{
    return title_->text();
}

void TimeChart::setTitle(const QString& text)
{
    title_->setText(text);
}

void TimeChart::showNoData(const QString& why)
{
    // The message sits in the title row's place of the axis rect's inset so the axes stay where they are.
    noData_->setText(why);
    noData_->setVisible(!why.isEmpty());
    if (!why.isEmpty() && !axisRect()->insetLayout()->elements(false).contains(noData_))
        axisRect()->insetLayout()->addElement(noData_, Qt::AlignCenter);
}

QCPGraph* TimeChart::addLine(QCPAxis* valueAxis, const QString& name, const QColor& colour, bool markers)
{
    QCPGraph* graph = addGraph(xAxis, valueAxis);
    graph->setName(name);
    graph->setPen(QPen(colour, 1.6));
    if (markers)
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, colour, 4));
    return graph;
}

void TimeChart::setResources(const TestAnalysis* analysis, QCPGraph* cpu, QCPGraph* memory)
{
    const ResourceSeries series = resourceSeries(analysis);
    if (cpu)
        cpu->setData(series.times, series.cpu, true);
    if (memory)
        memory->setData(series.times, series.memory, true);
}

void TimeChart::resetTimeRange(const TestAnalysis* analysis)
{
    xAxis->setRange(-kMargin, (analysis ? analysis->duration : 0.0) + kMargin);
    replot();
}

QString TimeChart::dataCsv() const
{
    QString csv = QStringLiteral("series,time,value\n");
    for (int i = 0; i < graphCount(); ++i) {
        const QCPGraph* g = graph(i);
        const QString name = graphName(g);
        if (name.isEmpty())
            continue;
        const QString series = QString::fromStdString(csvQuote(name.toStdString()));
        for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
            csv += series + QLatin1Char(',') + csvNumber(it->key) + QLatin1Char(',') + csvNumber(it->value) +
                   QLatin1Char('\n');
    }
    return csv;
}

QString TimeChart::exportCsv(const QString& path) const
{
    QString error;
    return writeTextFile(path, dataCsv(), &error) ? QString() : error;
}

} // namespace loadscope
