// QoO per draft-ietf-ippm-qoo-11 (its worked example and term definition), the presets, and requirement files.
#include "go_golden_cases.h"

#include "core/quality/qoo.h"
#include "core/quality/qoo_requirement_file.h"

#include <QtTest>

#include <cmath>
#include <map>

using namespace loadscope;

class TestQoo : public QObject {
    Q_OBJECT
private slots:
    void draftWorkedExampleScoresFifty();
    void latencyTerm_data();
    void latencyTerm();
    void unmeasuredTermsAreReportedNotScored();
    void gamingPresetAgreesWithGoFormula();
    void presetsAreWellFormed();
    void requirementJson_data();
    void requirementJson();
    void requirementFileOnDisk();
    void missingRequirementFileNamesThePath();
};

// Draft -11, section "Calculating Quality of Outcome": ROP {p99 200 ms, p99.9 300 ms, 1 % loss}, CPUP {p99 500 ms,
// p99.9 600 ms, 5 % loss}, 4 Mb/s; measured 350 ms / 375 ms, 2 % loss, 28 Mb/s -> 50, 75, 100; QoO 50.
void TestQoo::draftWorkedExampleScoresFifty()
{
    const QooRequirement* requirement = findQooPreset("draft-example");
    QVERIFY(requirement);
    QooMeasurement measured;
    const std::map<double, double> latencies{{99.0, 350.0}, {99.9, 375.0}};
    measured.latencyMsAt = [&](double p) { return latencies.count(p) ? latencies.at(p) : NAN; };
    measured.lossPercent = 2.0;
    measured.throughputMbps = 28.0;
    const QooScore score = evaluateQoo(*requirement, measured);
    QCOMPARE(score.latency.value(), 50.0);
    QCOMPARE(score.loss.value(), 75.0);
    QCOMPARE(score.throughput.value(), 100.0);
    QCOMPARE(score.overall.value(), 50.0);
    QVERIFY(score.missing.empty());

    measured.throughputMbps = 3.9; // below the 4 Mb/s minimum: the throughput term is 0, and so is QoO
    QCOMPARE(evaluateQoo(*requirement, measured).overall.value(), 0.0);
}

void TestQoo::latencyTerm_data()
{
    QTest::addColumn<double>("measuredMs");
    QTest::addColumn<double>("expected");
    // ROP 100 ms, CPUP 300 ms: 1 - (ML - ROP) / (CPUP - ROP), clamped to 0..1, x100.
    QTest::newRow("better than ROP") << 20.0 << 100.0;
    QTest::newRow("at ROP") << 100.0 << 100.0;
    QTest::newRow("a quarter of the way") << 150.0 << 75.0;
    QTest::newRow("halfway") << 200.0 << 50.0;
    QTest::newRow("at CPUP") << 300.0 << 0.0;
    QTest::newRow("worse than CPUP") << 900.0 << 0.0;
}

void TestQoo::latencyTerm()
{
    QFETCH(double, measuredMs);
    QFETCH(double, expected);
    const QooRequirement requirement{"t", {{90, 100, 300}}, std::nullopt, std::nullopt};
    QooMeasurement measured;
    measured.latencyMsAt = [&](double) { return measuredMs; };
    const QooScore score = evaluateQoo(requirement, measured);
    QCOMPARE(score.latency.value(), expected);
    QCOMPARE(score.overall.value(), expected);
}

void TestQoo::unmeasuredTermsAreReportedNotScored()
{
    SimpleQualityAttenuation sample;
    for (double s : {0.210, 0.220, 0.230})
        QVERIFY(!sample.addSample(s));
    const QooScore score = evaluateQoo(*findQooPreset("draft-example"), sample);
    QCOMPARE(score.missing, std::vector<std::string>{"throughput"});
    QVERIFY(score.latency.has_value());
    QCOMPARE(score.loss.value(), 100.0); // no loss is better than the 1 % optimum
    QCOMPARE(score.overall, score.latency);

    SimpleQualityAttenuation empty;
    const QooScore none = evaluateQoo(*findQooPreset("web-browsing"), empty);
    QVERIFY(!none.overall.has_value());
    QCOMPARE(none.missing, (std::vector<std::string>{"latency", "loss"}));
}

// The Go package scores 100 * (useless - L) / (useless - perfect) in seconds; the draft 1 - (L - ROP) / (CPUP - ROP)
// in ms. Algebraically equal: on golden case G (Go: 62.863543566067371) they agree to rounding.
void TestQoo::gamingPresetAgreesWithGoFormula()
{
    SimpleQualityAttenuation sample(QualityMode::GoCompatible);
    QVERIFY(test::fillGoldenCase("G", sample));
    const QooScore score = evaluateQoo(*findQooPreset("gaming"), sample);
    QVERIFY(std::fabs(score.overall.value() - 62.863543566067371) < 1e-9);
    QCOMPARE(sample.gamingQoo().value(), 62.863543566067371);
}

void TestQoo::presetsAreWellFormed()
{
    for (const char* name :
         {"gaming", "video-conferencing", "web-browsing", "draft-example", "draft01-video-conferencing"}) {
        const QooRequirement* preset = findQooPreset(name);
        QVERIFY2(preset, name);
        for (const QooLatencyPoint& p : preset->latency)
            QVERIFY2(p.cpupMs > p.ropMs && p.percentile >= 0 && p.percentile <= 100, name);
        if (preset->loss)
            QVERIFY2(preset->loss->cpupPercent > preset->loss->ropPercent, name);
    }
    QVERIFY(!findQooPreset("no-such-preset"));
}

void TestQoo::requirementJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("errorPart"); // empty: must parse
    QTest::addColumn<int>("latencyTerms");
    QTest::newRow("full") << R"({"name": "call", "latency": [{"percentile": 99, "rop_ms": 200, "cpup_ms": 500},
        {"percentile": 99.9, "rop_ms": 300, "cpup_ms": 600}], "loss": {"rop_percent": 1, "cpup_percent": 5},
        "min_throughput_mbps": 4})"
                          << "" << 2;
    QTest::newRow("loss only") << R"({"loss": {"rop_percent": 0.1, "cpup_percent": 0.5}})"
                               << "" << 0;
    QTest::newRow("not json") << "{\"latency\": [\n{\"percentile\": 99,,}]}"
                              << "line 2" << 0;
    QTest::newRow("not an object") << "[1, 2]"
                                   << "$: the requirement must be a JSON object" << 0;
    QTest::newRow("misspelt key") << R"({"latncy": []})"
                                  << "unknown key \"latncy\"" << 0;
    QTest::newRow("no term") << R"({"name": "nothing"})"
                             << "no requirement" << 0;
    QTest::newRow("percentile over 100") << R"({"latency": [{"percentile": 150, "rop_ms": 1, "cpup_ms": 2}]})"
                                         << "$.latency[0].percentile" << 0;
    QTest::newRow("cpup not worse") << R"({"latency": [{"percentile": 50, "rop_ms": 300, "cpup_ms": 200}]})"
                                    << "$.latency[0]: the critical" << 0;
    QTest::newRow("missing rop") << R"({"latency": [{"percentile": 50, "cpup_ms": 200}]})"
                                 << "missing \"rop_ms\"" << 0;
    QTest::newRow("number as text") << R"({"latency": [{"percentile": "50", "rop_ms": 1, "cpup_ms": 2}]})"
                                    << "must be a number, not string" << 0;
    QTest::newRow("negative") << R"({"min_throughput_mbps": -1})"
                              << "$.min_throughput_mbps" << 0;
    QTest::newRow("loss cpup over 100") << R"({"loss": {"rop_percent": 1, "cpup_percent": 101}})"
                                        << "$.loss.cpup_percent" << 0;
}

void TestQoo::requirementJson()
{
    QFETCH(QString, json);
    QFETCH(QString, errorPart);
    QFETCH(int, latencyTerms);
    const QooRequirementParse parsed = parseQooRequirement(json.toStdString(), "req.json");
    if (errorPart.isEmpty()) {
        QVERIFY2(parsed.requirement.has_value(), parsed.error.c_str());
        QCOMPARE(static_cast<int>(parsed.requirement->latency.size()), latencyTerms);
        return;
    }
    QVERIFY(!parsed.requirement);
    const QString error = QString::fromStdString(parsed.error);
    QVERIFY2(error.startsWith("req.json: "), qPrintable(error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestQoo::requirementFileOnDisk()
{
    const QooRequirementParse parsed = loadQooRequirementFile(LOADSCOPE_TEST_DATA_DIR
                                                              "/quality/requirement_video_call.json");
    QVERIFY2(parsed.requirement.has_value(), parsed.error.c_str());
    QCOMPARE(parsed.requirement->name, std::string("video call (draft -01)"));
    QCOMPARE(parsed.requirement->latency.size(), std::size_t{2});
    QCOMPARE(parsed.requirement->latency[1].cpupMs, 1000.0);
    QCOMPARE(parsed.requirement->minThroughputMbps.value(), 4.0);
}

void TestQoo::missingRequirementFileNamesThePath()
{
    const QooRequirementParse parsed = loadQooRequirementFile("/nonexistent/req.json");
    QVERIFY(!parsed.requirement);
    QVERIFY(QString::fromStdString(parsed.error).startsWith("/nonexistent/req.json: "));
}

QTEST_GUILESS_MAIN(TestQoo)
#include "test_qoo.moc"
