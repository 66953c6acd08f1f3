// LiveKit's connection quality as a timeline metric (issue 16), on a generated folder (`loadscope-cli generate`
// writes ConnectionQualityChanged for pion tests): offered only for the test that has such events, and each span's
// colour and tooltip as the user's own events in events.json say (read here with QJsonDocument, not through the
// loader), the drawn pixels included.
#include "core/generate/results_generator.h"
#include "tests/ui/fixture/borrowed.h"
#include "ui/jobs/background_job.h"
#include "ui/plot/colour_map.h"
#include "ui/state/loaded_results.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"
#include "ui/window/main_window.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <map>

using namespace loadscope;

namespace {

// The palette the brief asks for: excellent green, good yellow-green, poor orange, lost red.
const std::map<QString, QRgb> kExpected{{"excellent", qRgb(0, 150, 0)},
                                        {"good", qRgb(154, 205, 50)},
                                        {"poor", qRgb(255, 140, 0)},
                                        {"lost", qRgb(190, 0, 40)}};

struct QualityChange {
    double seconds; // from the test start
    QString quality;
};

// The user's own quality changes, from its events.json: those whose participantSid is one of the sids of its local
// events (the browser-emulator overwrites `participant`; LiveKit also reports the publishers' quality).
std::vector<QualityChange> ownChanges(const QString& path, qint64 startMs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray events = QJsonDocument::fromJson(file.readAll()).array();
    QSet<QString> own;
    for (const auto& v : events)
        if (v[QStringLiteral("connection")].toString() == QLatin1String("local"))
            own.insert(v[QStringLiteral("connectionId")].toString());
    std::vector<QualityChange> out;
    for (const auto& v : events) {
        if (v[QStringLiteral("event")].toString() != QLatin1String("ConnectionQualityChanged") ||
            !own.contains(v[QStringLiteral("participantSid")].toString()))
            continue;
        const qint64 ms = QDateTime::fromString(v[QStringLiteral("timestamp")].toString(), Qt::ISODateWithMs)
                              .toMSecsSinceEpoch();
        out.push_back({(ms - startMs) / 1000.0, v[QStringLiteral("quality")].toString()});
    }
    std::sort(out.begin(), out.end(), [](auto& a, auto& b) { return a.seconds < b.seconds; });
    return out;
}

// A colour scale in the plot's layout, and drawn.
bool colourScaleShown(const QCustomPlot& plot)
{
    for (QCPLayoutElement* e : plot.plotLayout()->elements(true))
        if (auto* scale = qobject_cast<QCPColorScale*>(e))
            return scale->realVisibility();
    return false;
}

} // namespace

class TestConnectionQualityMetric : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::shared_ptr<const LoadedResults> loaded_;
    int pion_ = -1, kurento_ = -1;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("pion-8p"), *generate::parseTestSpec("kurento-2p")};
        options.seed = 16;
        options.durationSeconds = 240;
        options.sessions = 2;
        options.capacityScale = 3; // a media node that copes at first: LiveKit says excellent, then good or poor
        generate::generateResults(dir_.filePath("results").toStdString(), options, 2);
        loaded_ = loadAndAnalyse(dir_.filePath("results"), {}, nullptr, {});
        QVERIFY(loaded_);
        for (std::size_t t = 0; t < loaded_->analyses.size(); ++t)
            (loaded_->analyses[t]->data->info.server == "pion" ? pion_ : kurento_) = static_cast<int>(t);
        QVERIFY(pion_ >= 0 && kurento_ >= 0);
    }

    void offeredOnlyWhereTheEventsAre()
    {
        MainWindow window;
        window.setResults(loaded_);
        QVERIFY(loadscope::testing::settled());
        const QString key = TimelineMetric::connectionQuality().key();
        window.selectTest(kurento_);
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.metricSelector()->findData(key), -1);
        window.selectMetric(TimelineMetric::connectionQuality()); // not offered: ignored
        QCOMPARE(window.currentMetric(), TimelineMetric::vmaf());
        QVERIFY(loadscope::testing::settled());
        window.selectTest(pion_);
        QVERIFY(loadscope::testing::settled());
        const int item = window.metricSelector()->findData(key);
        QVERIFY(item >= 0);
        window.metricSelector()->setCurrentIndex(item);
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.currentMetric(), TimelineMetric::connectionQuality());
        window.selectTest(kurento_); // the OpenVidu test cannot show it: back to VMAF
        QCOMPARE(window.currentMetric(), TimelineMetric::vmaf());
        QVERIFY(loadscope::testing::settled());
        QCOMPARE(window.metricSelector()->currentData().toString(), QStringLiteral("vmaf"));
    }

    void spansAreColouredAsTheEventsSay()
    {
        MainWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setResults(loaded_);
        QVERIFY(loadscope::testing::settled());
        window.selectTest(pion_);
        QVERIFY(loadscope::testing::settled());
        window.selectMetric(TimelineMetric::connectionQuality());
        QVERIFY(loadscope::testing::settled());
        QVERIFY(BackgroundJob::waitUntilIdle()); // the series is computed off the GUI thread
        QCoreApplication::processEvents();
        TimelinePlot* plot = window.timelinePlot();
        for (int g = 0; g < plot->graphCount(); ++g) // the CPU line would cover whole stretches of some rows
            plot->graph(g)->setVisible(false);
        plot->replot();
        const QImage image = plot->grab().toImage();
        const qreal dpr = image.devicePixelRatio();

        const TestAnalysis& a = *loaded_->analyses[static_cast<std::size_t>(pion_)];
        const qint64 startMs = a.start / 1000000;
        std::map<QString, int> seen;
        int probes = 0, coloured = 0, pixelsChecked = 0;
        long ownPixels = 0, rowPixels = 0; // the test markers' labels cover a little of the top rows
        for (std::size_t u = 0; u < a.users.size(); ++u) {
            const QString events = dir_.filePath("results/" + QString::fromStdString(a.data->users[u].folder)) +
                                   QStringLiteral("/events.json");
            const auto changes = ownChanges(events, startMs);
            const int position = plot->positionOfUser(static_cast<int>(u));
            QVERIFY(position >= 0);
            for (std::size_t i = 0; i < changes.size(); ++i) {
                const double next = i + 1 < changes.size() ? changes[i + 1].seconds : changes[i].seconds + 1;
                if (next - changes[i].seconds < 0.5)
                    continue;
                const double probe = changes[i].seconds + 0.25;
                if (probe >= a.duration) // a change after the test's end (the log's last line): nothing is drawn
                    continue;
                ++probes;
                const TimelineSpan* span = plot->timeline()->spanAt(position, probe);
                QVERIFY2(span, qPrintable(QStringLiteral("user %1 at %2 s").arg(u).arg(probe)));
                if (span->state != SpanState::Metric) // a reconnection or the end of the connection covers it
                    continue;
                ++coloured;
                ++seen[changes[i].quality];
                QCOMPARE(span->colour, kExpected.at(changes[i].quality));
                // "since": this change, or an earlier one of the same run of this quality (a repeat continues it).
                const QString tip = plot->tooltipAt(plot->pixelOf(position, probe));
                const QString head = QStringLiteral("Connection quality (LiveKit): %1 since ").arg(changes[i].quality);
                QVERIFY2(tip.contains(head), qPrintable(tip));
                const double since =
                    tip.mid(tip.indexOf(head) + head.size()).section(QLatin1Char(' '), 0, 0).toDouble();
                bool sinceIsAChange = false;
                for (std::size_t j = i + 1; j-- > 0 && changes[j].quality == changes[i].quality;)
                    sinceIsAChange = sinceIsAChange || std::abs(changes[j].seconds - since) < 0.006;
                QVERIFY2(sinceIsAChange, qPrintable(tip));
                // The drawn pixels along the row's middle, where the span does not share pixel columns with a
                // neighbour: none of another quality's colour, some of its own (labels may cover some).
                const int y = plot->pixelOf(position, probe).y();
                const int from = static_cast<int>(std::ceil(plot->xAxis->coordToPixel(span->start))) + 2;
                const int to = static_cast<int>(std::floor(plot->xAxis->coordToPixel(std::min(next, span->end)))) - 2;
                if (to - from < 4)
                    continue;
                int own = 0;
                for (int x = from; x <= to; ++x) {
                    const QRgb pixel = image.pixel(QPoint(x, y) * dpr);
                    own += pixel == kExpected.at(changes[i].quality) ? 1 : 0;
                    for (const auto& [quality, colour] : kExpected)
                        QVERIFY2(quality == changes[i].quality || pixel != colour,
                                 qPrintable(QStringLiteral("user %1 at x %2: %3 drawn, %4 expected")
                                                .arg(u)
                                                .arg(x)
                                                .arg(quality, changes[i].quality)));
                }
                QVERIFY2(own > 0, qPrintable(QStringLiteral("user %1: no %2 pixel").arg(u).arg(changes[i].quality)));
                ownPixels += own;
                rowPixels += to - from + 1;
                ++pixelsChecked;
            }
        }
        QVERIFY2(coloured > 20 && coloured >= probes * 8 / 10,
                 qPrintable(QStringLiteral("%1 of %2 probes coloured").arg(coloured).arg(probes)));
        QVERIFY(pixelsChecked > 10);
        QVERIFY2(ownPixels * 10 > rowPixels * 9, qPrintable(QStringLiteral("%1 of %2").arg(ownPixels).arg(rowPixels)));
        QVERIFY2(seen["excellent"] > 0 && seen["good"] + seen["poor"] > 0,
                 qPrintable(QStringLiteral("the folder holds more than one quality: excellent %1, good %2, poor %3")
                                .arg(seen["excellent"])
                                .arg(seen["good"])
                                .arg(seen["poor"])));
        // The categorical legend replaces the colour scale.
        QStringList legend;
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
                legend << item->plottable()->name();
        for (const char* name : {"excellent", "good", "poor", "lost", "unknown"})
            QVERIFY2(legend.contains(QString::fromLatin1(name)), qPrintable(legend.join(", ")));
        QVERIFY(!colourScaleShown(*plot));
        window.selectMetric(TimelineMetric::vmaf()); // back to a scale: the quality entries go
        QVERIFY(loadscope::testing::settled());
        QVERIFY(colourScaleShown(*plot));
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(plot->legend->item(i)))
                QVERIFY(item->plottable()->name() != QLatin1String("excellent"));
    }
};

QTEST_MAIN(TestConnectionQualityMetric)
#include "test_connection_quality_metric.moc"
