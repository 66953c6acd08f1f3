#include "ui/compare/compare_chart.h"

#include "ui/plot/fast_lines.h"
#include "ui/plot/plot_export_action.h"

#include <array>

namespace loadscope {

namespace {

constexpr std::array<QRgb, 10> kTableau10{0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                          0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};

QString timeAxisTitle()
{
    return QObject::tr("Time from the test start (s)");
}

// The range of every graph's values in `rect`; 0..1 when there are none.
QCPRange valueRangeOf(const QCPAxisRect& rect)
{
    QCPRange all(0, 1);
    bool any = false;
    for (QCPGraph* graph : rect.graphs()) {
        bool found = false;
        const QCPRange r = graph->getValueRange(found);
        if (!found)
            continue;
        all = any ? QCPRange(std::min(all.lower, r.lower), std::max(all.upper, r.upper)) : r;
        any = true;
    }
    return all;
}

} // namespace

QColor comparedTestColour(std::size_t index)
{
    return QColor(kTableau10[index % kTableau10.size()]);
}

CompareChart::CompareChart(QWidget* parent) : QCustomPlot(parent)
{
    drawLinesFast(this);
    setMinimumHeight(220);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    addExportAction(this);
    rebuild();
}

void CompareChart::setTests(std::vector<ComparedTest> tests)
{
    tests_ = std::move(tests);
    rebuild();
}

void CompareChart::setQuantity(CompareQuantity quantity)
{
    quantity_ = quantity;
    rebuild();
}

void CompareChart::setCompareLayout(CompareLayout layout)
{
    layout_ = layout;
    rebuild();
}

QCPGraph* CompareChart::addSeries(QCPAxisRect* rect, const ComparedTest& test, const QColor& colour)
{
    auto* graph = addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(test.name);
    graph->setPen(QPen(colour, 1.6));
    graph->setLineStyle(compareQuantitySpec(quantity_).steps ? QCPGraph::lsStepLeft : QCPGraph::lsLine);
    for (const SeriesPoint& p : compareSeries(*test.analysis, quantity_))
        graph->addData(p.time, p.value);
    return graph;
}

std::vector<QCPAxisRect*> CompareChart::makePanels(std::size_t count)
{
    delete margins_; // its axis rects are gone: plotLayout()->clear() deleted them
    margins_ = new QCPMarginGroup(this);
    const QString valueTitle = QString::fromLatin1(compareQuantitySpec(quantity_).label);
    std::vector<QCPAxisRect*> rects;
    for (std::size_t i = 0; i < count; ++i) {
        auto* rect = new QCPAxisRect(this);
        plotLayout()->addElement(static_cast<int>(i), 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, margins_); // stacked panels line up
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->axis(QCPAxis::atLeft)->setLabel(valueTitle);
        rects.push_back(rect);
    }
    rects.back()->axis(QCPAxis::atBottom)->setLabel(timeAxisTitle());
    return rects;
}

void CompareChart::labelPanel(QCPAxisRect* rect, const QString& name, const QColor& colour)
{
    auto* label = new QCPItemText(this);
    label->setClipAxisRect(rect);
    label->position->setAxisRect(rect);
    label->position->setType(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(0.01, 0.03);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setText(name);
    label->setColor(colour.darker(130));
    QFont bold = font();
    bold.setBold(true);
    label->setFont(bold);
}

void CompareChart::rebuild()
{
    clearItems();
    clearPlottables();
    plotLayout()->clear(); // also deletes the legend, which lives in the default axis rect
    legend = nullptr;
    const bool stacked = layout_ == CompareLayout::Stacked && tests_.size() > 1;
    const std::vector<QCPAxisRect*> rects = makePanels(stacked ? tests_.size() : 1);

    double xMax = 0;
    for (std::size_t i = 0; i < tests_.size(); ++i) {
        if (!tests_[i].analysis)
            continue;
        QCPAxisRect* rect = rects[stacked ? i : 0];
        addSeries(rect, tests_[i], comparedTestColour(i));
        if (stacked)
            labelPanel(rect, tests_[i].name, comparedTestColour(i));
        xMax = std::max(xMax, tests_[i].analysis->clippedDuration);
    }
    // Small multiples share both axes: levels compare at a glance, and zooming one panel moves all of them.
    QCPRange values(0, 1);
    for (std::size_t i = 0; i < rects.size(); ++i) {
        const QCPRange r = valueRangeOf(*rects[i]);
        values = i == 0 ? r : QCPRange(std::min(values.lower, r.lower), std::max(values.upper, r.upper));
    }
    for (QCPAxisRect* rect : rects) {
        rect->axis(QCPAxis::atBottom)->setRange(0, xMax > 0 ? xMax : 1);
        for (QCPAxisRect* other : rects)
            if (other != rect)
                connect(rect->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::rangeChanged),
                        other->axis(QCPAxis::atBottom), qOverload<const QCPRange&>(&QCPAxis::setRange));
        // From zero, with some head room: levels of different tests are compared honestly.
        rect->axis(QCPAxis::atLeft)->setRange(std::min(0.0, values.lower), values.upper > 0 ? values.upper * 1.08 : 1);
    }
    if (!tests_.empty() && !stacked) {
        legend = new QCPLegend;
        rects[0]->insetLayout()->addElement(legend, Qt::AlignTop | Qt::AlignRight);
        legend->setLayer(QStringLiteral("legend"));
        for (int g = 0; g < graphCount(); ++g)
            legend->addItem(new QCPPlottableLegendItem(legend, graph(g)));
        legend->setVisible(true);
    }
    replot();
}

} // namespace loadscope
