// The cuts files' other QoE scores in the GUI (issue 16, "2026 QoE cuts"). On the bundled sample (its pion test's
// cuts hold msssim, psnr and ssim, its kurento test's only vmaf and visqol): the metric box offers a score only
// where the test's cuts hold it, finds it by key, and the timeline colours by its values. On a hand-built test: the
// inspector's QoE table has a column per score the test holds, a Note on a ViSQOL or PESQ of 0 (results-format.md:
// 2026 clamps to [0, 1], so a failed ViSQOL is 0), and names the sender whose pair has no cuts file.
#include "tests/core/analysis/test_data_builder.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/panels/user_inspector.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/window/main_window.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>

using namespace loadscope;
using namespace loadscope::testing;

namespace {

const QString kSample = QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample");
const QString kKurento = QStringLiteral("loadtest-webrtc-2024-kurento-2p");
const QString kPion = QStringLiteral("loadtest-webrtc-2024-pion-3p-10s");

QStringList boxKeys(const QComboBox* box)
{
    QStringList keys;
    for (int i = 0; i < box->count(); ++i)
        keys << box->itemData(i).toString();
    return keys;
}

QStringList headers(const QStandardItemModel* model)
{
    QStringList out;
    for (int c = 0; c < model->columnCount(); ++c)
        out << model->headerData(c, Qt::Horizontal).toString();
    return out;
}

QString cell(const QStandardItemModel* model, int row, const QString& header)
{
    return model->index(row, static_cast<int>(headers(model).indexOf(header))).data().toString();
}

// An 8p kurento test 0–60 s: User1 connects at 2 s, User2 at 4 s. User1 received User2 (two cuts, 2026-style extra
// scores with a PESQ and a ViSQOL of 0); User2's file of User1 is missing.
TestData handBuilt(bool extras)
{
    TestDataBuilder b("kurento", "8p");
    b.bounds(0, 60)
        .event(1, 1, 1, "connectionStart")
        .event(1, 1, 2, "streamCreated-local")
        .event(1, 2, 3, "connectionStart")
        .event(1, 2, 4, "streamCreated-local");
    for (double t = 0; t <= 60; t += 5)
        b.cpu(t, 0.5);
    b.cut(1, 1, 2, 0, 0.8, 0.6).cut(1, 1, 2, 1, 0.9, 0.0);
    TestData data = b.data();
    if (extras) {
        data.qoe[0].extra = {{"msssim", 0.9}, {"psnr", 31.5}, {"pesq", 0.0}};
        data.qoe[1].extra = {{"msssim", 0.8}, {"psnr", 33.25}, {"pesq", 3.5}};
    }
    return data;
}

} // namespace

class TestQoeScoresUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyScoreIsATimelineMetric()
    {
        // The menu lists every metric once, the QoE scores first; each is found again by its key.
        const std::vector<TimelineMetric> menu = TimelineMetric::menu();
        QCOMPARE(static_cast<int>(menu.size()), TimelineMetric::count());
        QStringList keys;
        for (const TimelineMetric& m : menu) {
            keys << m.key();
            QCOMPARE(TimelineMetric::fromKey(m.key())->index(), m.index());
        }
        QCOMPARE(keys.mid(0, 9),
                 (QStringList{"vmaf", "visqol", "msssim", "ssim", "vifp", "psnr", "psnrhvs", "psnrhvsm", "pesq"}));
        QCOMPARE(keys.removeDuplicates(), 0);
        QVERIFY(TimelineMetric::fromKey(QStringLiteral("qoo"))->isRollingQoo());
        QVERIFY(TimelineMetric::fromKey(QStringLiteral("connection-quality"))->isConnectionQuality());
        const TimelineMetric psnr = *TimelineMetric::fromKey(QStringLiteral("psnr"));
        QVERIFY(psnr.isExtraQoe() && !psnr.isQoe());
        QCOMPARE(psnr.label(), QStringLiteral("PSNR (dB)"));
        QCOMPARE(psnr.colourRange().min, 20.0);
        QCOMPARE(psnr.colourRange().max, 60.0);
        QCOMPARE(psnr.formatValue(31.5), QStringLiteral("31.50 dB"));
        const TimelineMetric pesq = *TimelineMetric::fromKey(QStringLiteral("pesq"));
        QCOMPARE(pesq.label(), QStringLiteral("PESQ (MOS)"));
        QCOMPARE(pesq.colourRange().min, 1.0);
        QCOMPARE(pesq.colourRange().max, 4.5);
        QCOMPARE(TimelineMetric::fromKey(QStringLiteral("msssim"))->label(), QStringLiteral("MS-SSIM (0..1)"));
        QCOMPARE(TimelineMetric::vmaf().colourRange().max, 5.0); // as before
    }

    void theMetricBoxOffersAScoreOnlyWhereTheCutsHoldIt()
    {
        MainWindow window;
        QSignalSpy shown(&window, &MainWindow::resultsShown);
        window.openFolder(kSample);
        QVERIFY(shown.wait(60000));
        QComboBox* box = window.metricSelector();

        QVERIFY(window.selectTestByName(kPion));
        const QStringList pion = boxKeys(box);
        // The QoE scores first, in kQoeScores order: the sample's pion cuts hold msssim, ssim and psnr only.
        QCOMPARE(pion.mid(0, 5), (QStringList{"vmaf", "visqol", "msssim", "ssim", "psnr"}));
        for (const char* absent : {"vifp", "psnrhvs", "psnrhvsm", "pesq"})
            QVERIFY2(!pion.contains(QLatin1String(absent)), absent);
        QVERIFY(pion.contains(QStringLiteral("rtt")));
        QCOMPARE(box->itemText(static_cast<int>(pion.indexOf(QStringLiteral("psnr")))), QStringLiteral("PSNR (dB)"));

        // Picked in the box (by key, whatever its position): the timeline colours by PSNR, in dB.
        box->setCurrentIndex(static_cast<int>(pion.indexOf(QStringLiteral("psnr"))));
        QCOMPARE(window.currentMetric().key(), QStringLiteral("psnr"));
        QVERIFY(settled());
        QTest::qWait(50); // the series' delivery refreshes the timeline
        const TimelinePlottable* timeline = window.timelinePlot()->timeline();
        int coloured = 0;
        for (int r = 0; r < timeline->rowCount(); ++r)
            for (const TimelineSpan& s : timeline->rowAtPosition(r)->spans)
                if (s.state == SpanState::Metric) {
                    QVERIFY2(s.value > 20 && s.value < 60, qPrintable(QString::number(s.value))); // dB, as written
                    ++coloured;
                }
        QVERIFY(coloured > 0);

        // The kurento test's cuts hold VMAF and ViSQOL only: no other score, and the metric falls back to VMAF.
        QVERIFY(window.selectTestByName(kKurento));
        const QStringList kurento = boxKeys(box);
        for (const char* absent : {"msssim", "ssim", "psnr", "vifp", "pesq"})
            QVERIFY2(!kurento.contains(QLatin1String(absent)), absent);
        QCOMPARE(window.currentMetric().key(), QStringLiteral("vmaf"));
        QCOMPARE(box->currentData().toString(), QStringLiteral("vmaf"));
    }

    void theInspectorShowsEveryScoreWithANote()
    {
        const TestData data = handBuilt(true);
        const TestAnalysis a = analyse(data);
        UserInspector inspector;
        inspector.setUser(&a, 0); // User1-1: received User2 twice
        const QStandardItemModel* cuts = inspector.cuts();
        QCOMPARE(headers(cuts), (QStringList{"Start (s)", "End (s)", "Role", "Other user", "Cut", "VMAF", "ViSQOL",
                                             "MS-SSIM", "PSNR (dB)", "PESQ (MOS)", "Note"}));
        QCOMPARE(cuts->rowCount(), 2);
        QCOMPARE(cell(cuts, 0, "Other user"), QStringLiteral("User2-1"));
        QCOMPARE(cell(cuts, 0, "MS-SSIM"), QStringLiteral("0.9"));
        QCOMPARE(cell(cuts, 1, "PSNR (dB)"), QStringLiteral("33.25"));
        QCOMPARE(cell(cuts, 0, "VMAF"), QStringLiteral("4")); // 0.8 × 5, as plotted
        QVERIFY2(cell(cuts, 0, "Note").contains(QStringLiteral("PESQ 0: may be a failed measurement")),
                 qPrintable(cell(cuts, 0, "Note")));
        QVERIFY2(cell(cuts, 1, "Note").contains(QStringLiteral("ViSQOL 0: may be a failed measurement")),
                 qPrintable(cell(cuts, 1, "Note")));
        QVERIFY(!cell(cuts, 1, "Note").contains(QStringLiteral("PESQ"))); // 3.5 is a score
        auto* missing = inspector.findChild<QLabel*>(QStringLiteral("missingQoeCuts"));
        QVERIFY(missing);
        QVERIFY(missing->isHidden()); // User1 has its file of User2
    }

    void theInspectorNamesTheSenderWithoutACutsFile()
    {
        const TestData data = handBuilt(true);
        const TestAnalysis a = analyse(data);
        UserInspector inspector;
        inspector.setUser(&a, 1); // User2-1: its recording of User1 left no file
        auto* missing = inspector.findChild<QLabel*>(QStringLiteral("missingQoeCuts"));
        QVERIFY(!missing->isHidden());
        QVERIFY2(missing->text().startsWith(QStringLiteral("No cuts file for this pair: User1-1 → User2-1 (51 s")),
                 qPrintable(missing->text()));
        QCOMPARE(inspector.cuts()->rowCount(), 2); // User2 as the sender of User1's two cuts
        QCOMPARE(cell(inspector.cuts(), 0, "Role"), QStringLiteral("sender"));
        inspector.setUser(nullptr, -1);
        QVERIFY(missing->isHidden());
    }

    void aTestWithoutOtherScoresHasNoOtherColumns()
    {
        const TestData data = handBuilt(false);
        const TestAnalysis a = analyse(data);
        UserInspector inspector;
        inspector.setUser(&a, 0);
        QCOMPARE(headers(inspector.cuts()),
                 (QStringList{"Start (s)", "End (s)", "Role", "Other user", "Cut", "VMAF", "ViSQOL", "Note"}));
        QVERIFY(cell(inspector.cuts(), 1, "Note").contains(QStringLiteral("ViSQOL 0")));
    }
};

QTEST_MAIN(TestQoeScoresUi)
#include "test_qoe_scores_ui.moc"
