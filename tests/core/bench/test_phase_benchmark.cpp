// `loadscope-cli bench` splits the stats.json phase into reading the files, parsing them and adding their rows
// to the tests' tables: each part is measured in every run, and together they stay within the phase.
#include "core/bench/phase_benchmark.h"
#include "core/generate/results_generator.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <string>

using namespace loadscope;

class PhaseBenchmarkTest : public QObject {
    Q_OBJECT
private slots:
    void theStatsPhaseIsSplitInEveryRun()
    {
        QTemporaryDir dir;
        generate::GeneratorOptions options;
        options.tests = {*generate::parseTestSpec("kurento-8p")};
        options.durationSeconds = 200;
        options.seed = 3;
        generate::generateResults(dir.path().toStdString(), options, 1);

        constexpr int kRuns = 2;
        const BenchmarkResult result = benchmarkFolder(dir.path().toStdString(), kRuns, AnalysisMode::Corrected, 2,
                                                       nullptr);
        const auto stats = std::find_if(result.phases.begin(), result.phases.end(),
                                        [](const PhaseTiming& p) { return p.phase == "parse stats (QoS)"; });
        QVERIFY(stats != result.phases.end());
        QCOMPARE(static_cast<int>(stats->cpuSeconds.size()), kRuns);
        QCOMPARE(static_cast<int>(result.statsReadCpu.size()), kRuns);
        QCOMPARE(static_cast<int>(result.statsMergeCpu.size()), kRuns);
        for (int run = 0; run < kRuns; ++run) {
            QVERIFY(result.statsReadCpu[run] > 0);
            QVERIFY(result.statsMergeCpu[run] > 0);
            QVERIFY(result.statsReadCpu[run] + result.statsMergeCpu[run] < stats->cpuSeconds[run]);
        }
        const std::string text = formatBenchmark(result);
        QVERIFY2(text.find("CPU s: reading the files ") != std::string::npos, text.c_str());
        QVERIFY2(text.find("adding the rows to the tests' tables ") != std::string::npos, text.c_str());
    }
};

QTEST_APPLESS_MAIN(PhaseBenchmarkTest)
#include "test_phase_benchmark.moc"
