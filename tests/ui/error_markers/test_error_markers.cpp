// The inspected user's errors.json records as markers on its timeline row (issue 16): one marker per error, errors
// closer on screen than a marker's width sharing one (never overprinted, at any zoom), the tooltip naming every
// error of the marker. On the hand-built fixture with errors at known times, and on a generated folder opened in
// the main window (the errors the browser-emulator writes for failed connections).
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/panels/user_inspector.h"
#include "ui/state/loaded_results.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/window/main_window.h"

#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;

namespace {

constexpr int kUser = 4;

BrowserError error(TimeNs start, double seconds, std::string kind, std::string message)
{
    BrowserError e;
    e.time = seconds < 0 ? kNoTime : start + static_cast<TimeNs>(seconds * 1e9);
    e.kind = std::move(kind);
    e.message = std::move(message);
    e.raw = R"({"participant":"User3","session":"LoadTestSession1"})";
    return e;
}

// Pixels between the starts of consecutive markers: at least a marker's width and the gap.
bool noOverprint(const std::vector<ErrorMarkers::Marker>& markers)
{
    for (std::size_t i = 1; i < markers.size(); ++i)
        if (markers[i].x - markers[i - 1].x < ErrorMarkers::kWidth + ErrorMarkers::kMinGap)
            return false;
    return true;
}

} // namespace

class TestErrorMarkers : public QObject {
    Q_OBJECT

private slots:
    void markersOfTheInspectedUser()
    {
        fixture::Fixture f = fixture::makeFixture(6);
        auto& errors = f.results->tests.front().users[kUser].errors;
        const TimeNs start = f.analysis->start;
        errors = {error(start, 10.0, "NotAllowedError", "Permission denied"), error(start, 10.05, "", ""),
                  error(start, 10.1, "OPENVIDU_CONNECTION_ERROR", "Timeout waiting for the media connection"),
                  error(start, 40.0, "LOAD_TEST_RUN_HEALTH_ERROR", ""), error(start, -1, "NoTime", "")};
        TimelinePlot plot;
        plot.resize(1200, 600);
        const TimelineMetric metric = TimelineMetric::vmaf();
        auto rows = std::make_shared<const std::vector<TimelineRow>>(buildTimelineRows(*f.analysis, metric, nullptr));
        plot.setTimeline(f.analysis.get(), rows, selectRows(*rows, {}), metric, QStringLiteral("fixture"));
        plot.replot();
        QVERIFY(plot.errorMarkers().errors().empty()); // nobody inspected
        plot.selectUser(kUser);
        QCOMPARE(plot.errorMarkers().errors().size(), std::size_t(4)); // the one without a time is left out
        QCOMPARE(plot.errorMarkers().position(), plot.positionOfUser(kUser));

        // The whole test (60 s over ~1000 px): the three errors within 0.1 s share one marker.
        auto markers = plot.errorMarkers().markers();
        QCOMPARE(markers.size(), std::size_t(2));
        QCOMPARE(markers[0].members.size(), std::size_t(3));
        QVERIFY(noOverprint(markers));
        const int position = plot.positionOfUser(kUser);
        const double rowTop = plot.yAxis->coordToPixel(position - 0.4);
        const QPoint onFirst(static_cast<int>(std::lround(markers[0].x)), static_cast<int>(rowTop) - 3);
        const QString tip = plot.tooltipAt(onFirst);
        QVERIFY2(tip.contains(QStringLiteral("3 browser errors")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("10.00 s: NotAllowedError: Permission denied")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("10.10 s: OPENVIDU_CONNECTION_ERROR: Timeout")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("{\"participant\"")), qPrintable(tip)); // `{}`: the record as written
        QVERIFY2(tip.startsWith(QStringLiteral("User %1").arg(rows->at(kUser).label)), qPrintable(tip));
        const QPoint onSecond(static_cast<int>(std::lround(markers[1].x)), static_cast<int>(rowTop) - 3);
        QVERIFY2(plot.tooltipAt(onSecond).contains(QStringLiteral("40.00 s: LOAD_TEST_RUN_HEALTH_ERROR")),
                 qPrintable(plot.tooltipAt(onSecond)));
        // Between markers: the row's own tooltip, no error.
        const QPoint between(static_cast<int>(plot.xAxis->coordToPixel(25.0)), plot.pixelOf(position, 25).y());
        QVERIFY(!plot.tooltipAt(between).contains(QStringLiteral("browser error")));

        // Zoomed in on 9.9..10.3 s: every error its own marker, still apart.
        plot.xAxis->setRange(9.9, 10.3);
        plot.replot();
        markers = plot.errorMarkers().markers();
        QCOMPARE(markers.size(), std::size_t(4));
        QVERIFY(noOverprint(markers));
        // Zoomed out far: one marker for all, never on top of each other.
        plot.xAxis->setRange(-5000, 5000);
        markers = plot.errorMarkers().markers();
        QCOMPARE(markers.size(), std::size_t(1));
        QCOMPARE(markers[0].members.size(), std::size_t(4));

        plot.selectUser(-1);
        QVERIFY(plot.errorMarkers().errors().empty());
    }

    // A generated folder's failed users carry errors.json records; inspecting one in the window marks them, the
    // same records (with a time) as the inspector's Errors tab lists.
    void theWindowMarksTheInspectedUsersErrors()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("kurento-8p")};
        options.seed = 16;
        options.durationSeconds = 180;
        options.capacityScale = 0.5;
        generate::generateResults(dir.filePath("results").toStdString(), options, 2);
        const auto loaded = loadAndAnalyse(dir.filePath("results"), {}, nullptr, {});
        QVERIFY(loaded && loaded->analyses.size() == 1);
        const TestAnalysis& a = *loaded->analyses.front();
        int withErrors = -1;
        for (std::size_t u = 0; u < a.data->users.size() && withErrors < 0; ++u)
            if (!a.data->users[u].errors.empty())
                withErrors = static_cast<int>(u);
        QVERIFY2(withErrors >= 0, "the generated folder has errors.json records");
        MainWindow window;
        window.resize(1400, 900);
        window.setResults(loaded);
        QVERIFY(loadscope::testing::settled());
        window.inspectUser(withErrors);
        const ErrorMarkers& markers = window.timelinePlot()->errorMarkers();
        QCOMPARE(markers.position(), window.timelinePlot()->positionOfUser(withErrors));
        const QStandardItemModel* listed = window.inspector()->errors();
        QCOMPARE(static_cast<int>(markers.errors().size()), listed->rowCount());
        for (int r = 0; r < listed->rowCount(); ++r) {
            QVERIFY(std::abs(markers.errors()[static_cast<std::size_t>(r)].seconds -
                             listed->index(r, 0).data().toDouble()) < 1e-6);
            QVERIFY(markers.errors()[static_cast<std::size_t>(r)].text.contains(listed->index(r, 1).data().toString()));
        }
        window.inspectUser(-1);
        QVERIFY(markers.errors().empty());
    }
};

QTEST_MAIN(TestErrorMarkers)
#include "test_error_markers.moc"
