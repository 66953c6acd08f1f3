#include "interaction_bench.h"

#include "ui/jobs/background_job.h"
#include "ui/timeline/timeline_metric.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"
#include "ui/widgets/count_text.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace loadscope {
namespace {

// The longest the GUI thread did not get back to its event loop: the largest gap between the ticks of a 1 ms
// heartbeat, less the period. What a user feels as a frozen window (no repaint, no click taken).
class BlockMonitor {
public:
    BlockMonitor()
    {
        heartbeat_.setTimerType(Qt::PreciseTimer);
        QObject::connect(&heartbeat_, &QTimer::timeout, [this] {
            if (sinceTick_.isValid())
                longest_ = std::max(longest_, sinceTick_.nsecsElapsed() / 1e6 - heartbeat_.interval());
            sinceTick_.start();
        });
        heartbeat_.start(1);
    }
    double takeLongest() { return std::exchange(longest_, 0.0); }

private:
    QTimer heartbeat_;
    QElapsedTimer sinceTick_;
    double longest_ = 0;
};

// Runs the event loop until `done` holds (polled every millisecond); false after `timeoutMs`.
template <class Done>
bool runUntil(Done done, int timeoutMs = 600000)
{
    QEventLoop loop;
    QElapsedTimer clock;
    clock.start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    return done();
}

struct Switch {
    double drawnMs = 0;  // until the new timeline was drawn
    double filledMs = 0; // until every panel's job delivered
};

// One switch: `change` is made from inside the event loop, as a click would be.
Switch timeSwitch(MainWindow& window, const std::function<void()>& change)
{
    int drawn = 0;
    const auto counting = QObject::connect(&window, &MainWindow::timelineShown, &window, [&] { ++drawn; });
    Switch s;
    QElapsedTimer clock;
    QTimer::singleShot(0, &window, [&] {
        clock.start();
        change();
    });
    runUntil([&] { return clock.isValid() && drawn > 0; });
    s.drawnMs = clock.nsecsElapsed() / 1e6;
    QObject::disconnect(counting);
    runUntil([] { return BackgroundJob::busyCount() == 0; });
    s.filledMs = clock.nsecsElapsed() / 1e6;
    return s;
}

QString summary(std::vector<double> ms)
{
    if (ms.empty())
        return QStringLiteral("none");
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    return QStringLiteral("median %1 ms, max %2 ms (%3)")
        .arg(median, 0, 'f', 1)
        .arg(ms.back(), 0, 'f', 1)
        .arg(countText(static_cast<qint64>(ms.size()), QStringLiteral("switch"), QStringLiteral("switches")));
}

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int runInteractionBench(MainWindow& window, const QString& root)
{
    BlockMonitor monitor;
    window.resize(1920, 1080);
    window.show();
    // The window's own first appearance (layout, the first paint of every widget) before any folder: what
    // starting the program costs, told apart from opening a folder in a shown window.
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() > 500; });
    const double appearBlock = monitor.takeLongest();
    int shown = 0, drawn = 0;
    QObject::connect(&window, &MainWindow::resultsShown, &window, [&] { ++shown; }); // the whole folder
    QObject::connect(&window, &MainWindow::timelineShown, &window, [&] { ++drawn; });
    QElapsedTimer clock;
    clock.start();
    window.openFolder(root);
    if (!runUntil([&] { return drawn > 0 || (shown > 0 && window.testSelector()->count() == 0); })) {
        std::fprintf(stderr, "loadscope: %s did not open\n", qPrintable(root));
        return 1;
    }
    const double firstPicture = clock.nsecsElapsed() / 1e3 / 1e6;
    runUntil([&] { return shown > 0 && BackgroundJob::busyCount() == 0; });
    const double filled = clock.nsecsElapsed() / 1e3 / 1e6;
    const double openBlock = monitor.takeLongest();
    print(QStringLiteral("folder: %1 (%2)")
              .arg(root, countText(window.testSelector()->count(), QStringLiteral("test"), QStringLiteral("tests"))));
    print(QStringLiteral("first picture: %1 s (every panel filled: %2 s); longest block while opening: %3 ms "
                         "(%4 ms while the empty window first appeared)")
              .arg(firstPicture, 0, 'f', 2)
              .arg(filled, 0, 'f', 2)
              .arg(openBlock, 0, 'f', 1)
              .arg(appearBlock, 0, 'f', 1));

    std::vector<double> testDrawn, testFilled, metricDrawn, metricFilled;
    const int tests = window.testSelector()->count();
    for (int round = 0; round < 2; ++round) // there and back: the second round is what a user feels all day
        for (int i = 0; i < tests; ++i) {
            const int test = (i + 1) % tests;
            const Switch s = timeSwitch(window, [&] { window.selectTest(test); });
            testDrawn.push_back(s.drawnMs);
            testFilled.push_back(s.filledMs);
        }
    const double testBlock = monitor.takeLongest();
    const int metrics = window.metricSelector()->count(); // what the test shown offers (a selected one redraws)
    for (int m = 1; m <= metrics; ++m) {
        const QString key = window.metricSelector()->itemData(m % metrics).toString(); // the box lists by key
        const Switch s = timeSwitch(window, [&] { window.selectMetric(*TimelineMetric::fromKey(key)); });
        metricDrawn.push_back(s.drawnMs);
        metricFilled.push_back(s.filledMs);
    }
    const double metricBlock = monitor.takeLongest();
    print(QStringLiteral("test switch: timeline drawn %1; panels filled %2")
              .arg(summary(testDrawn), summary(testFilled)));
    print(QStringLiteral("metric switch: timeline drawn %1; colours in %2")
              .arg(summary(metricDrawn), summary(metricFilled)));
    print(QStringLiteral("longest block: %1 ms on test switches, %2 ms on metric switches, %3 ms while opening")
              .arg(testBlock, 0, 'f', 1)
              .arg(metricBlock, 0, 'f', 1)
              .arg(openBlock, 0, 'f', 1));
    return 0;
}

} // namespace loadscope
