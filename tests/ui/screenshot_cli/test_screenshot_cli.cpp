// `loadscope --screenshot OUT.png [--size WxH] [--test NAME] [--metric KEY] [--view VIEW] [--rows A:B] ROOT` end to end, as docs and checks use it.
#include <QImageReader>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshotCli : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    const QString sample_ = QStringLiteral(LOADSCOPE_SOURCE_DIR "/resources/sample");

    int run(const QStringList& arguments, QString* errors = nullptr,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LOADSCOPE_GUI_EXECUTABLE), arguments);
        if (!process.waitForFinished(120000))
            return -1;
        if (errors)
            *errors = QString::fromLocal8Bit(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

private slots:
    void writesAPngOfTheRequestedSize_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QSize>("size");
        QTest::addRow("default size, VMAF") << QStringList{} << QSize(1600, 1000);
        QTest::addRow("RTT of the pion test at 1200x800")
            << QStringList{QStringLiteral("--size"),   QStringLiteral("1200x800"),
                           QStringLiteral("--metric"), QStringLiteral("rtt"),
                           QStringLiteral("--test"),   QStringLiteral("loadtest-webrtc-2024-pion-3p-10s")}
            << QSize(1200, 800);
        QTest::addRow("QoS view with the user's own QoS")
            << QStringList{QStringLiteral("--view"), QStringLiteral("qos"), QStringLiteral("--inspect"),
                           QStringLiteral("1-1")}
            << QSize(1600, 1000);
        QTest::addRow("MS-SSIM of the pion test, its QoE cuts inspected")
            << QStringList{QStringLiteral("--metric"),        QStringLiteral("msssim"),
                           QStringLiteral("--test"),          QStringLiteral("loadtest-webrtc-2024-pion-3p-10s"),
                           QStringLiteral("--inspect"),       QStringLiteral("5-1"),
                           QStringLiteral("--inspector-tab"), QStringLiteral("QoE cuts")}
            << QSize(1600, 1000);
        QTest::addRow("rows 1 to 2") << QStringList{QStringLiteral("--rows"), QStringLiteral("1:2")}
                                     << QSize(1600, 1000);
    }
    void writesAPngOfTheRequestedSize()
    {
        QFETCH(QStringList, extra);
        QFETCH(QSize, size);
        const QString out = dir_.filePath(QStringLiteral("shot.png"));
        QFile::remove(out);
        QString errors;
        QCOMPARE(run(QStringList{QStringLiteral("--screenshot"), out} + extra + QStringList{sample_}, &errors), 0);
        QImageReader reader(out);
        QCOMPARE(reader.format(), QByteArray("png"));
        QCOMPARE(reader.size(), size);
    }

    void wrongArgumentsFailWithAMessage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown test") << QStringList{QStringLiteral("--test"), QStringLiteral("nope")}
                                      << QStringLiteral("no test named 'nope'");
        QTest::addRow("unknown metric") << QStringList{QStringLiteral("--metric"), QStringLiteral("colour")}
                                        << QStringLiteral("Unknown metric 'colour'");
        // The sample's kurento test (shown first) has cuts with VMAF and ViSQOL only.
        QTest::addRow("a QoE score the test lacks") << QStringList{QStringLiteral("--metric"), QStringLiteral("psnr")}
                                                    << QStringLiteral("the test shown has no 'psnr' to colour by");
        QTest::addRow("unknown view") << QStringList{QStringLiteral("--view"), QStringLiteral("pie")}
                                      << QStringLiteral("Unknown view 'pie'");
        QTest::addRow("bad size") << QStringList{QStringLiteral("--size"), QStringLiteral("big")}
                                  << QStringLiteral("--size wants WxH");
        QTest::addRow("rows without a range")
            << QStringList{QStringLiteral("--rows"), QStringLiteral("5")} << QStringLiteral("--rows wants A:B");
        QTest::addRow("rows from zero") << QStringList{QStringLiteral("--rows"), QStringLiteral("0:3")}
                                        << QStringLiteral("--rows wants A:B with 1 <= A <= B");
        QTest::addRow("rows backwards") << QStringList{QStringLiteral("--rows"), QStringLiteral("9:3")}
                                        << QStringLiteral("not '9:3'");
        QTest::addRow("rows past the last") << QStringList{QStringLiteral("--rows"), QStringLiteral("1:99999")}
                                            << QStringLiteral("--rows 1:99999: the timeline shows");
    }
    void wrongArgumentsFailWithAMessage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QString errors;
        const QString out = dir_.filePath(QStringLiteral("never.png"));
        QCOMPARE(run(QStringList{QStringLiteral("--screenshot"), out} + arguments + QStringList{sample_}, &errors), 2);
        QVERIFY2(errors.contains(message), qPrintable(errors));
        QVERIFY(!QFile::exists(out));
    }

    // A fresh root may have no font: every label is drawn as an empty box and Qt says nothing. loadscope says so.
    void warnsWhenNoFontCanDrawText()
    {
        const QString config = dir_.filePath(QStringLiteral("no-fonts.conf"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig></fontconfig>\n");
        file.close();
        const QString warning = QStringLiteral("no font with Latin letters found");
        QString errors;
        QCOMPARE(run({QStringLiteral("--version")}, &errors), 0);
        QVERIFY2(!errors.contains(warning), qPrintable(errors)); // this machine has fonts
        QProcessEnvironment noFonts = QProcessEnvironment::systemEnvironment();
        noFonts.insert(QStringLiteral("FONTCONFIG_FILE"), config);
        QCOMPARE(run({QStringLiteral("--version")}, &errors, noFonts), 0);
        QVERIFY2(errors.contains(warning), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestScreenshotCli)
#include "test_screenshot_cli.moc"
