#pragma once
// What the chart views share: a QCustomPlot over time from the test start with a title, x-only wheel zoom and
// drag pan, the media node's CPU (and memory) as graphs, and in the context menu "Export chart…" (PNG, SVG, PDF)
// and "Export data as CSV…" (every named graph: series,time,value).
#include "core/analysis/test_analysis.h"

#include "ui/plot/graph_name.h"

#include <qcustomplot.h>

namespace loadscope {

class TimeChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit TimeChart(QWidget* parent = nullptr);

    QString title() const;
    QString dataCsv() const;                           // one row per point of every named graph
    QString exportCsv(const QString& path) const;      // "" on success, else a message naming the file
    void resetTimeRange(const TestAnalysis* analysis); // [-5 s, duration + 5 s], as the timeline

protected:
    void setTitle(const QString& text);
    // CPU (black, with markers) and memory on the given axes, in seconds from the test start.
    void setResources(const TestAnalysis* analysis, QCPGraph* cpu, QCPGraph* memory);
    QCPGraph* addLine(QCPAxis* valueAxis, const QString& name, const QColor& colour, bool markers);
    void showNoData(const QString& why); // empty hides it

private:
    QCPTextElement* title_ = nullptr;
    QCPTextElement* noData_ = nullptr;
};

} // namespace loadscope
