// Exports: a PNG of the requested size and scale, an SVG that QSvgRenderer loads and that holds the segment
// rectangles, a PDF, and a clear message (no partial file) when the target cannot be written.
#include "tests/ui/fixture/analysis_fixture.h"
#include "ui/models/table_model.h"
#include "ui/plot/plot_exporter.h"
#include "ui/timeline/row_selection.h"
#include "ui/timeline/timeline_plot.h"
#include "ui/timeline/timeline_plottable.h"

#include <QImageReader>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

using namespace loadscope;

class TestPlotExport : public QObject {
    Q_OBJECT
    fixture::Fixture fixture_ = fixture::makeFixture(5);
    std::unique_ptr<TimelinePlot> plot_;
    QTemporaryDir dir_;

private slots:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        plot_ = std::make_unique<TimelinePlot>();
        auto rows = std::make_shared<const std::vector<TimelineRow>>(
            buildTimelineRows(*fixture_.analysis, TimelineMetric::vmaf(), nullptr));
        plot_->setTimeline(fixture_.analysis.get(), rows, selectRows(*rows, {}), TimelineMetric::vmaf(),
                           QStringLiteral("export"));
    }

    void pngHasTheRequestedSize_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("scale");
        QTest::addRow("800x500") << 800 << 500 << 1.0;
        QTest::addRow("800x500 at 2x") << 800 << 500 << 2.0;
        QTest::addRow("1920x1080") << 1920 << 1080 << 1.0;
    }
    void pngHasTheRequestedSize()
    {
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(double, scale);
        const QString path = dir_.filePath(QStringLiteral("t.png"));
        QCOMPARE(exportPlot(*plot_, path, ExportFormat::Png, {width, height, scale}), QString());
        QImageReader reader(path);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), QSize(qRound(width * scale), qRound(height * scale)));
    }

    void svgLoadsAndHoldsTheSegmentRectangles()
    {
        const QString path = dir_.filePath(QStringLiteral("t.svg"));
        QCOMPARE(exportPlot(*plot_, path, ExportFormat::Svg, {1200, 700, 1}), QString());
        QSvgRenderer renderer(path);
        QVERIFY(renderer.isValid());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(file.readAll());
        // Every user's row starts with a magenta connecting span and holds VMAF pieces: count the magenta rects
        // (a colour's rectangles share one group).
        qsizetype magenta = 0;
        auto groups = QRegularExpression(QStringLiteral("<g fill=\"#ff00ff\"[^>]*>(.*?)</g>"),
                                         QRegularExpression::DotMatchesEverythingOption)
                          .globalMatch(svg);
        while (groups.hasNext())
            magenta += groups.next().captured(1).count(QStringLiteral("<rect"));
        const qsizetype rects = svg.count(QStringLiteral("<rect"));
        QVERIFY2(magenta >= 5, qPrintable(QString::number(magenta)));
        QVERIFY2(rects >= plot_->timeline()->drawnRectangles(), qPrintable(QString::number(rects)));
    }

    void pdfIsWritten()
    {
        const QString path = dir_.filePath(QStringLiteral("t.pdf"));
        QCOMPARE(exportPlot(*plot_, path, exportFormatFromPath(path), {1000, 600, 1}), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }

    void unwritableTargetNamesTheFile()
    {
        const QString path = dir_.filePath(QStringLiteral("missing-folder/t.png"));
        const QString error = exportPlot(*plot_, path, ExportFormat::Png, {400, 300, 1});
        QVERIFY(error.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void tablesExportAsCsv()
    {
        QStandardItemModel* model = makeTableModel({QStringLiteral("Band"), QStringLiteral("Median")}, this);
        appendTableRow(model, {QStringLiteral("Median CPU < 0.8, full"), 4.25});
        appendTableRow(model, {QStringLiteral("x"), numberOrBlank(kNaN)});
        const QString path = dir_.filePath(QStringLiteral("t.csv"));
        QString error;
        QVERIFY(writeTextFile(path, modelToCsv(*model), &error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("Band,Median\n\"Median CPU < 0.8, full\",4.25\nx,\n"));
    }
};

QTEST_MAIN(TestPlotExport)
#include "test_plot_export.moc"
