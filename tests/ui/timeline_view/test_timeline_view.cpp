// The timeline at 2,000 rows: the default row window keeps rows clickable, Ctrl/Shift+wheel and keys zoom and
// scroll rows, showRows/scrollToUser, labels on every row when tall enough and never overprinted, the scrollbar
// and the overview strip of TimelineView, follow's kept row window, and the pure row-window arithmetic.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/timeline/row_overview.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/row_window.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/timeline/timeline_view.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace loadscope;

namespace {

struct Data {
    fixture::Fixture f;
    std::shared_ptr<const std::vector<TimelineRow>> rows;
    std::vector<int> order;
};

Data makeData(int users, const RowSelection& selection = {})
{
    Data d{fixture::makeFixture(users), nullptr, {}};
    d.rows = std::make_shared<const std::vector<TimelineRow>>(
        buildTimelineRows(*d.f.analysis, TimelineMetric::vmaf(), nullptr));
    d.order = selectRows(*d.rows, selection);
    return d;
}

// A plot lays itself out at its size once it is shown (a hidden widget gets its resize event on show).
void place(TimelinePlot& plot, int width, int height)
{
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    plot.resize(width, height);
    plot.show();
}

void show(TimelinePlot& plot, const Data& d)
{
    plot.setTimeline(d.f.analysis.get(), d.rows, d.order, TimelineMetric::vmaf(), QStringLiteral("rows"));
    plot.replot();
}

void wheel(TimelinePlot& plot, QPoint at, int delta, Qt::KeyboardModifiers modifiers)
{
    QWheelEvent event(at, plot.mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers, Qt::NoScrollPhase,
                      false);
    QApplication::sendEvent(&plot, &event);
}

// The y tick labels drawn on the last replot, as text rectangles: none may overlap.
QString overlappingLabels(const TimelinePlot& plot)
{
    const QVector<double> ticks = plot.yAxis->tickVector();
    const QVector<QString> labels = plot.yAxis->tickVectorLabels();
    const QFontMetrics metrics(plot.yAxis->tickLabelFont());
    std::vector<std::pair<QRectF, QString>> rects;
    for (int i = 0; i < ticks.size(); ++i) {
        const double y = plot.yAxis->coordToPixel(ticks[i]);
        const QRect text = metrics.boundingRect(labels[i]);
        rects.push_back({QRectF(0, y - metrics.height() / 2.0, text.width(), metrics.height()), labels[i]});
    }
    std::sort(rects.begin(), rects.end(), [](const auto& a, const auto& b) { return a.first.top() < b.first.top(); });
    for (std::size_t i = 1; i < rects.size(); ++i)
        if (rects[i].first.top() < rects[i - 1].first.bottom() - 1e-6)
            return rects[i - 1].second + QStringLiteral(" overlaps ") + rects[i].second;
    return {};
}

} // namespace

class TestTimelineView : public QObject {
    Q_OBJECT
    Data big_ = makeData(2000);

private slots:
    void rowWindowArithmetic()
    {
        QCOMPARE(rowsIn(rowRange(100, 139), 2000), (RowSpan{100, 139}));
        QCOMPARE(rowsIn(QCPRange(-3, 2.2), 2), (RowSpan{0, 1}));
        QCOMPARE(rowsIn(QCPRange(0, 1), 0).count(), 0);
        QCOMPARE(defaultRowRange(6, 400, kMinRowPixels), rowRange(0, 5));
        QCOMPARE(defaultRowRange(2000, 400, kMinRowPixels), rowRange(0, 99));
        QCOMPARE(defaultRowRange(2000, 400, 0), rowRange(0, 1999));
        QCOMPARE(clampRowRange(QCPRange(1990, 2030), 2000), QCPRange(1959.5, 1999.5));
        QCOMPARE(clampRowRange(QCPRange(-10, 5000), 2000), rowRange(0, 1999));
        const QCPRange zoomed = zoomRowRange(rowRange(0, 99), 0.5, 20.0, 2000);
        QCOMPARE(zoomed.size(), 50.0);
        QCOMPARE((20.0 - zoomed.lower) / zoomed.size(), 20.5 / 100); // the anchor keeps its place
        QCOMPARE(rowLabelStep(20, 14), 1);
        QCOMPARE(rowLabelStep(14, 14), 1);
        QCOMPARE(rowLabelStep(13.9, 14), 2);
        QCOMPARE(rowLabelStep(0.5, 14), 28);
    }

    void firstViewKeepsRowsClickable()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        QSignalSpy changed(&plot, &TimelinePlot::visibleRowsChanged);
        show(plot, big_);
        const RowSpan rows = plot.visibleRows();
        QCOMPARE(rows.first, 0);
        QVERIFY2(plot.rowPixels() >= kMinRowPixels, qPrintable(QString::number(plot.rowPixels())));
        QCOMPARE(rows.count(), static_cast<int>(plot.axisRect()->height() / kMinRowPixels));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.back().at(1).toInt(), rows.last);
        QVERIFY2(overlappingLabels(plot).isEmpty(), qPrintable(overlappingLabels(plot)));
        QVERIFY(plot.yAxis->tickVector().size() > 3); // thinned, not gone

        // a taller plot refits the default window; rows zoomed by hand stay as they are
        plot.resize(1000, 900);
        plot.replot();
        QVERIFY(plot.visibleRows().count() > rows.count());
        QVERIFY(plot.rowPixels() >= kMinRowPixels);
        plot.showRows(10, 19);
        plot.resize(1000, 700);
        plot.replot();
        QCOMPARE(plot.visibleRows(), (RowSpan{10, 19}));
        plot.resetZoom(); // back to the top rows at the minimum height
        QCOMPARE(plot.visibleRows().first, 0);
        QVERIFY(plot.rowPixels() >= kMinRowPixels && plot.rowPixels() < 2 * kMinRowPixels);
    }

    void fewRowsAreAllShown()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        show(plot, makeData(6));
        QCOMPARE(plot.visibleRows(), (RowSpan{0, 5}));
        QCOMPARE(plot.yAxis->tickVectorLabels().size(), 6); // every row labelled
    }

    void ctrlWheelZoomsRowsAroundTheMouse()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        show(plot, big_);
        const QCPRange time = plot.xAxis->range();
        const int before = plot.visibleRows().count();
        const QPoint at = plot.pixelOf(30, 20);
        wheel(plot, at, 240, Qt::ControlModifier);
        const int after = plot.visibleRows().count();
        QVERIFY2(after < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        QCOMPARE(plot.timeline()->positionAtPixel(at.y()), 30); // the row under the mouse stays there
        QCOMPARE(plot.xAxis->range(), time);                    // rows only
        wheel(plot, at, -120 * 40, Qt::ControlModifier);        // out as far as it goes: every row
        QCOMPARE(plot.visibleRows(), (RowSpan{0, 1999}));
        QVERIFY2(overlappingLabels(plot).isEmpty(), qPrintable(overlappingLabels(plot)));
        QVERIFY(plot.zoomBack()); // one history step per burst
        QCOMPARE(plot.visibleRows().count(), before);
    }

    void shiftWheelAndKeysScrollRows()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        show(plot, big_);
        const int count = plot.visibleRows().count();
        wheel(plot, plot.pixelOf(5, 20), -120, Qt::ShiftModifier);
        QVERIFY(plot.visibleRows().first > 0);
        QCOMPARE(plot.visibleRows().count(), count);
        plot.showRows(0, count - 1);
        QTest::keyClick(&plot, Qt::Key_PageDown);
        QCOMPARE(plot.visibleRows().first, count - 1);
        QTest::keyClick(&plot, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(plot.visibleRows().first, count);
        QTest::keyClick(&plot, Qt::Key_End, Qt::ControlModifier);
        QCOMPARE(plot.visibleRows().last, 1999);
        QTest::keyClick(&plot, Qt::Key_Minus, Qt::ControlModifier);
        QVERIFY(plot.visibleRows().count() > count);
        QTest::keyClick(&plot, Qt::Key_Plus, Qt::ControlModifier);
        QTest::keyClick(&plot, Qt::Key_Plus, Qt::ControlModifier);
        QVERIFY(plot.visibleRows().count() < count);
    }

    void showRowsLabelsEachOfThem()
    {
        TimelinePlot plot;
        place(plot, 1000, 1200);
        show(plot, big_);
        plot.showRows(100, 139);
        QCOMPARE(plot.visibleRows(), (RowSpan{100, 139}));
        QVERIFY(plot.canZoomBack());
        QStringList expected;
        for (int i = 100; i <= 139; ++i)
            expected << plot.timeline()->rowAtPosition(i)->label;
        QStringList drawn;
        for (const QString& label : plot.yAxis->tickVectorLabels())
            drawn << label;
        QCOMPARE(drawn, expected);
        QVERIFY2(overlappingLabels(plot).isEmpty(), qPrintable(overlappingLabels(plot)));
        plot.showRows(1990, 5000); // clamped
        QCOMPARE(plot.visibleRows(), (RowSpan{1990, 1999}));
    }

    void scrollToUserCentresItsRow()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        show(plot, big_);
        QVERIFY(plot.scrollToUser(1500));
        const RowSpan rows = plot.visibleRows();
        QVERIFY(rows.first <= 1500 && 1500 <= rows.last);
        QVERIFY(std::abs((rows.first + rows.last) / 2.0 - 1500) <= 1);
        plot.showAllRows();
        QVERIFY(plot.scrollToUser(3)); // near the top: in view, zoomed in to clickable rows
        QCOMPARE(plot.visibleRows().first, 0);
        QVERIFY(plot.rowPixels() >= kMinRowPixels);
        QVERIFY(!plot.scrollToUser(5000));

        RowSelection subscribers;
        subscribers.role = RoleFilter::Subscribers;
        show(plot, makeData(2000, subscribers));
        QVERIFY(!plot.scrollToUser(1500)); // a publisher, filtered out
        QVERIFY(plot.scrollToUser(1501));
        QCOMPARE(plot.timeline()->rowAtPosition(plot.positionOfUser(1501))->userIndex, 1501);
        const RowSpan shown = plot.visibleRows();
        QVERIFY(shown.first <= plot.positionOfUser(1501) && plot.positionOfUser(1501) <= shown.last);
    }

    void followKeepsTheRowWindow()
    {
        TimelinePlot plot;
        place(plot, 1000, 600);
        show(plot, big_);
        plot.showRows(100, 139);
        plot.keepZoomOnNextTimeline();
        show(plot, makeData(2100));
        QCOMPARE(plot.visibleRows(), (RowSpan{100, 139}));

        // a window on the last rows follows them: grows while rows stay clickable, then slides
        show(plot, big_);
        plot.showRows(1900, 1999);
        plot.keepZoomOnNextTimeline();
        show(plot, makeData(2100));
        QCOMPARE(plot.visibleRows().last, 2099);
        QVERIFY(plot.visibleRows().count() >= 100);
        QVERIFY(plot.rowPixels() >= kMinRowPixels);

        // a few rows all in view stay all in view
        show(plot, makeData(6));
        plot.keepZoomOnNextTimeline();
        show(plot, makeData(9));
        QCOMPARE(plot.visibleRows(), (RowSpan{0, 8}));
    }

    void scrollbarAndOverviewMoveTheView()
    {
        TimelineView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        TimelinePlot* plot = view.plot();
        show(*plot, big_);
        const int count = plot->visibleRows().count();
        QScrollBar* bar = view.rowScrollBar();
        QVERIFY(bar->isEnabled());
        QCOMPARE(bar->pageStep(), count);
        QCOMPARE(bar->maximum(), 2000 - count);
        bar->setValue(500);
        QCOMPARE(plot->visibleRows().first, 500);
        QCOMPARE(plot->visibleRows().count(), count);

        RowOverview* overview = view.overview();
        QCOMPARE(overview->rowCount(), 2000);
        const QRect before = overview->windowRect();
        QVERIFY(before.isValid());
        const int y = overview->height() * 3 / 4;
        QTest::mouseClick(overview, Qt::LeftButton, {}, QPoint(overview->width() / 2, y));
        const RowSpan rows = plot->visibleRows();
        QVERIFY2(std::abs((rows.first + rows.last) / 2.0 - overview->positionAt(y)) <= 1,
                 qPrintable(QStringLiteral("%1..%2").arg(rows.first).arg(rows.last)));
        QCOMPARE(bar->value(), rows.first);
        QVERIFY(overview->windowRect().contains(overview->width() / 2, y));
        QVERIFY(overview->windowRect().top() > before.bottom());

        if (const QByteArray shot = qgetenv("LOADSCOPE_TIMELINE_VIEW_SCREENSHOT"); !shot.isEmpty())
            view.grab().save(QString::fromLocal8Bit(shot));
        plot->showAllRows();
        QVERIFY(!bar->isEnabled());
        QCOMPARE(overview->windowRect().height(), overview->height() - 2);
    }

    void overviewColoursFailedRows()
    {
        RowOverview overview;
        overview.resize(16, 62); // 6 rows, 10 px each
        TimelinePlot plot;
        show(plot, makeData(6));
        overview.setRows(*plot.timeline());
        QCOMPARE(overview.colourAt(1 + 5), overview.colourAt(1 + 15)); // users 0 and 1 never fail
        QCOMPARE(overview.colourAt(1 + 25), qRgb(255, 0, 0));          // user 2 fails
        QVERIFY(overview.colourAt(1 + 5) != qRgb(255, 0, 0));
    }
};

QTEST_MAIN(TestTimelineView)
#include "test_timeline_view.moc"
