#pragma once
// Data for the Comparisons panel tests: hand-made threshold tables with chosen band contents, and the
// box-plot goldens (numpy.percentile) from tests/data/stats/kde_goldens.json.
#include "core/analysis/test_analysis.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace loadscope::testing {

// A test whose threshold tables hold `x` in bands 2 and 3 (CPU < 0.9 / 0.95) and `y` in bands 5 and 7; CPU
// medians 0.5 for x and 0.97 for y, so both cases split the same way.
struct HandMadeTest {
    TestData data;
    TestAnalysis analysis;
};

inline std::unique_ptr<HandMadeTest> handMadeTest(const std::vector<double>& x, const std::vector<double>& y)
{
    auto t = std::make_unique<HandMadeTest>();
    t->data.info.name = "loadtest-webrtc-2024-handmade-2p";
    t->analysis.data = &t->data;
    for (ThresholdKind kind : kThresholdKinds) {
        ThresholdTable table;
        table.kind = kind;
        table.values.resize(8);
        table.cpuMedians.resize(8);
        for (std::size_t band : {2, 3}) {
            table.values[band] = x;
            table.cpuMedians[band].assign(x.size(), 0.5);
        }
        for (std::size_t band : {5, 7}) {
            table.values[band] = y;
            table.cpuMedians[band].assign(y.size(), 0.97);
        }
        t->analysis.thresholds.push_back(table);
    }
    return t;
}

inline QJsonObject kdeGoldens()
{
    QFile file(QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/stats/kde_goldens.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline std::vector<double> jsonNumbers(const QJsonValue& array)
{
    std::vector<double> out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.toDouble());
    return out;
}

} // namespace loadscope::testing
