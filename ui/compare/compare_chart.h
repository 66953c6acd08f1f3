#pragma once
// The same quantity for several tests on one time axis (seconds from each test's start): overlaid in one plot
// with a legend, or stacked as small multiples that share the x range (dragging or zooming one moves all).
#include "core/analysis/compare_series.h"

#include <qcustomplot.h>

#include <QString>

#include <vector>

namespace loadscope {

struct ComparedTest {
    QString name;
    const TestAnalysis* analysis = nullptr;
};

enum class CompareLayout { Overlaid, Stacked };

class CompareChart : public QCustomPlot {
    Q_OBJECT
public:
    explicit CompareChart(QWidget* parent = nullptr);

    void setTests(std::vector<ComparedTest> tests); // in the order drawn; the analyses must outlive the chart's use
    void setQuantity(CompareQuantity quantity);
    void setCompareLayout(CompareLayout layout);
    CompareQuantity quantity() const { return quantity_; }
    CompareLayout compareLayout() const { return layout_; }
    // One axis rect per stacked test, one for all when overlaid (and one showing "no test" when none is chosen).
    int plotPanels() const { return axisRects().size(); }

private:
    void rebuild();
    std::vector<QCPAxisRect*> makePanels(std::size_t count);
    QCPGraph* addSeries(QCPAxisRect* rect, const ComparedTest& test, const QColor& colour);
    void labelPanel(QCPAxisRect* rect, const QString& name, const QColor& colour);

    std::vector<ComparedTest> tests_;
    CompareQuantity quantity_ = CompareQuantity::Cpu;
    CompareLayout layout_ = CompareLayout::Overlaid;
    QCPMarginGroup* margins_ = nullptr;
};

QColor comparedTestColour(std::size_t index); // a qualitative palette (Tableau 10), repeating

} // namespace loadscope
