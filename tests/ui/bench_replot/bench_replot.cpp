// Measures TimelinePlot::replot() on synthetic rows (default 2,000 x 100 segments, 1600 x 1000 px): full view,
// zoomed to a tenth of the time, and zoomed to 50 rows. Prints the median and the spread of each.
#include "ui/plot/colour_map.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <random>

using namespace loadscope;

namespace {

std::vector<TimelineRow> syntheticRows(int rows, int segments, double duration)
{
    std::mt19937 random(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::vector<TimelineRow> out(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        TimelineRow& row = out[static_cast<std::size_t>(r)];
        row.userIndex = r;
        row.label = QStringLiteral("%1-%2").arg(r % 8 + 1).arg(r / 8 + 1);
        const double start = unit(random) * duration * 0.3;
        const double step = (duration - start) / segments;
        for (int s = 0; s < segments; ++s) {
            TimelineSpan span{start + s * step, start + (s + 1) * step, SpanState::Metric, unit(random) * 5, 0};
            if (s == 0)
                span.state = SpanState::Connecting;
            else if (unit(random) < 0.05)
                span.state = SpanState::Failed;
            span.colour = span.state == SpanState::Connecting ? kConnectingColour
                          : span.state == SpanState::Failed   ? kFailedColour
                                                              : metricColour(span.value, {0, 5, false});
            row.spans.push_back(span);
        }
    }
    return out;
}

void measure(TimelinePlot& plot, const char* what, int repeats)
{
    plot.replot(); // warm-up: layouts, caches
    std::vector<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        plot.replot(QCustomPlot::rpImmediateRefresh);
        ms.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-28s median %7.2f ms   min %7.2f   max %7.2f   rectangles %ld\n", what, ms[ms.size() / 2], ms.front(),
                ms.back(), plot.timeline()->drawnRectangles());
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::atoi(argv[1]) : 2000;
    const int segments = argc > 2 ? std::atoi(argv[2]) : 100;
    const int repeats = argc > 3 ? std::atoi(argv[3]) : 31;
    const double duration = 600;
    auto data = std::make_shared<const std::vector<TimelineRow>>(syntheticRows(rows, segments, duration));
    std::vector<int> order(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i)
        order[static_cast<std::size_t>(i)] = i;
    TimelinePlot plot;
    plot.resize(1600, 1000);
    plot.show();
    plot.setTimeline(nullptr, data, order, TimelineMetric::vmaf(), QStringLiteral("benchmark"));
    std::printf("%d rows x %d segments, %dx%d px, %d repeats\n", rows, segments, plot.width(), plot.height(), repeats);
    plot.showAllRows(); // every row, however thin (the default view stops at rows 4 px tall)
    measure(plot, "full view", repeats);
    plot.xAxis->setRange(200, 260);
    measure(plot, "a tenth of the time", repeats);
    plot.resetZoom();
    plot.showRows(1000, 1049);
    measure(plot, "50 rows", repeats);
    return 0;
}
