#pragma once
// Every figure the notebook draws for a set of analysed tests, in drawing order: per test, the connection
// progression coloured by VMAF, ViSQOL, each other QoE score the test's cuts hold and each QoS metric (the notebook's
// colour ranges, with the CPU overlay), the QoE progression, the QoS charts (each direction x kind x metric, with the
// threshold line), participants with batch starts and the box / violin / scatter of each CPU-threshold comparison; then over all tests the
// comparisons on the pooled bands and the compare-tests overlays. Each figure is named test / figure / metric.
#include "core/report/html_report.h"
#include "ui/figures/figure_canvas.h"

#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace loadscope {

struct FigureSpec {
    QString test;   // a test's folder name, or kAllTestsName
    QString figure; // connection-progression | qoe-progression | qos | participants | boxplot | violin | scatter |
                    // compare
    QString metric; // vmaf, rtt, inbound-video-jitter, vmaf_cpu-0.9, cpu, ...; empty when the figure has one
    QString file;   // relative path without suffix: <test>/<figure>[_<metric>]
};

struct Figure {
    FigureSpec spec;
    std::function<ChartPainting(FigureCanvas&)> setUp; // GUI thread; valid while the FigureSet lives
};

struct FigureSet {
    std::vector<Figure> figures;
    std::vector<std::shared_ptr<const void>> keep; // what the set-ups point into (rows, pooled tables)
};

// The figures of `analyses` (which must outlive the set). Cheap: each figure's data (a timeline's rows) is built
// when the figure is set up.
FigureSet figureSet(const std::vector<TestAnalysis>& analyses);

} // namespace loadscope
