// The QoE cuts of both writers (results-format.md, "What the real writers do", QoE cuts), read back with a JSON
// parser and a file listing, then through the loader and the analysis: 2024 files hold cut_index, vmaf and visqol
// only, a failed ViSQOL written −0.25, gaps in cut_index; 2026 files hold every value in [0, 1], a failed ViSQOL
// written 0 (which the reader flags as a possible failure), the other scores besides (not for Kurento), no gaps, and
// a recording rejected by the alignment has no file: exactly the pairs missingQoeCuts names.
#include "core/analysis/missing_qoe_cuts.h"
#include "core/analysis/qoe_scores.h"
#include "core/analysis/test_analysis.h"
#include "core/generate/results_generator.h"
#include "core/load/results_loader.h"
#include "generated_fixture.h"
#include "generated_folder.h"

#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <regex>
#include <set>
#include <tuple>

using namespace loadscope;
using namespace loadscope::generate;
using namespace loadscope::testing;
namespace fs = std::filesystem;

namespace {

using Pair = std::tuple<int, int, int>; // session, receiver, sender

// The pairs of a test's cuts files, from their names (v-LoadTestSession<k>-User<a>-User<b>_cuts.json).
std::set<Pair> pairsWithFile(const fs::path& root, const std::string& test)
{
    static const std::regex name(R"(v-LoadTestSession(\d+)-User(\d+)-User(\d+)_cuts\.json)");
    std::set<Pair> pairs;
    std::smatch m;
    for (const auto& entry : fs::directory_iterator(root / "qoe" / test)) {
        const std::string file = entry.path().filename().string();
        if (std::regex_match(file, m, name))
            pairs.insert({std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3])});
    }
    return pairs;
}

std::vector<fs::path> cutsFiles(const fs::path& root)
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::recursive_directory_iterator(root / "qoe"))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    return files;
}

// "1:2>3 1:3>2", for the messages.
std::string describe(const std::set<Pair>& pairs)
{
    std::string text;
    for (const auto& [session, receiver, sender] : pairs)
        text += (text.empty() ? "" : " ") + std::to_string(session) + ":" + std::to_string(receiver) + ">" +
                std::to_string(sender);
    return text;
}

// Every written visqol value and how many of them the reader takes for a failed measurement.
struct VisqolCount {
    int values = 0, flagged = 0;
};

} // namespace

class TestGeneratedQoeCuts : public QObject {
    Q_OBJECT

private:
    QTemporaryDir tmp_;
    fs::path year2024_, year2026_;
    std::optional<Results> results2026_;

    static std::vector<std::string> testNames()
    {
        std::vector<std::string> names;
        for (const GeneratedTestSpec& s : mainOptions().tests)
            names.push_back(s.name(ResultsLayout::Year2024));
        return names;
    }

    static VisqolCount visqolOf(const fs::path& root, double& lowest)
    {
        VisqolCount count;
        const auto results = loadResults(root);
        if (!results)
            return count;
        for (const TestData& data : results->tests)
            for (const QoeCut& cut : data.qoe) {
                ++count.values;
                count.flagged += mayBeFailedMeasurement("visqol", cut.visqol) ? 1 : 0;
                lowest = std::min(lowest, cut.visqol);
            }
        return count;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(tmp_.isValid());
        year2024_ = fs::path(tmp_.path().toStdString()) / "2024";
        year2026_ = fs::path(tmp_.path().toStdString()) / "2026";
        GeneratorOptions options = mainOptions();
        generateResults(year2024_, options, 2);
        options.writer = WriterStyle::Year2026;
        generateResults(year2026_, options, 2);
        results2026_ = loadResults(year2026_);
        QVERIFY(results2026_ && results2026_->tests.size() == 4);
    }

    // 2024: json.dump's spacing, keys cut_index, vmaf and visqol only, in that order; fragments that failed
    // alignment leave gaps in cut_index.
    void year2024FilesHoldVmafAndVisqolOnly()
    {
        int gaps = 0;
        for (const fs::path& file : cutsFiles(year2024_)) {
            const std::string text = readText(file);
            QVERIFY2(text.rfind("[{\"cut_index\": ", 0) == 0, file.c_str());
            const auto cuts = nlohmann::ordered_json::parse(text);
            QVERIFY(cuts.is_array() && !cuts.empty());
            int previous = -1;
            for (const auto& cut : cuts) {
                std::vector<std::string> keys;
                for (const auto& [key, value] : cut.items())
                    keys.push_back(key);
                QCOMPARE(keys, (std::vector<std::string>{"cut_index", "vmaf", "visqol"}));
                const int index = cut.at("cut_index").get<int>();
                QVERIFY(index > previous);
                gaps += index > previous + 1 ? 1 : 0;
                previous = index;
            }
        }
        QVERIFY(gaps > 0);
    }

    // 2026: compact, cut_index without gaps, every score in [0, 1]; the other scores for every server but Kurento.
    void year2026ValuesLieInZeroOne()
    {
        const std::vector<std::string> all{"cut_index", "vmaf", "visqol", "msssim",   "psnr",
                                           "psnrhvs",   "ssim", "vifp",   "psnrhvsm", "pesq"};
        const std::vector<std::string> kurento{"cut_index", "vmaf", "visqol"};
        int values = 0;
        for (const fs::path& file : cutsFiles(year2026_)) {
            const std::string text = readText(file);
            QVERIFY2(text.rfind("[{\"cut_index\":0,", 0) == 0, file.c_str());
            QVERIFY2(text.find(' ') == std::string::npos, file.c_str());
            const bool isKurento = file.string().find("kurento") != std::string::npos;
            const auto cuts = nlohmann::ordered_json::parse(text);
            for (std::size_t i = 0; i < cuts.size(); ++i) {
                std::vector<std::string> keys;
                for (const auto& [key, value] : cuts[i].items()) {
                    keys.push_back(key);
                    if (key == "cut_index")
                        continue;
                    const double v = value.get<double>();
                    QVERIFY2(v >= 0 && v <= 1, (file.string() + " " + key + " " + value.dump()).c_str());
                    ++values;
                }
                QCOMPARE(keys, isKurento ? kurento : all);
                QCOMPARE(cuts[i].at("cut_index").get<std::size_t>(), i);
            }
        }
        QVERIFY(values > 1000);
        // The reader offers every score of a non-Kurento test.
        for (const TestData& data : results2026_->tests)
            QCOMPARE(qoeScoresOf(data).size(), data.info.server == "kurento" ? std::size_t{2} : kQoeScores.size());
    }

    // A failed ViSQOL: −0.25 in 2024, 0 in 2026; the reader takes both for a possible failure, and nothing else.
    void failedVisqolIsFlagged()
    {
        double lowest2024 = 1, lowest2026 = 1;
        const VisqolCount year2024 = visqolOf(year2024_, lowest2024);
        const VisqolCount year2026 = visqolOf(year2026_, lowest2026);
        QCOMPARE(lowest2024, -0.25);
        QCOMPARE(lowest2026, 0.0);
        // Counted independently of the reader: the written values, by text.
        int zeros = 0, failed2024 = 0;
        for (const fs::path& file : cutsFiles(year2026_))
            for (const auto& cut : nlohmann::json::parse(readText(file)))
                zeros += cut.at("visqol").get<double>() == 0.0 ? 1 : 0;
        for (const fs::path& file : cutsFiles(year2024_))
            for (const auto& cut : nlohmann::json::parse(readText(file)))
                failed2024 += cut.at("visqol").get<double>() == -0.25 ? 1 : 0;
        QVERIFY(zeros > 0 && failed2024 > 0);
        QCOMPARE(year2026.flagged, zeros);
        QCOMPARE(year2024.flagged, failed2024);
        QVERIFY(year2026.values > year2026.flagged && year2024.values > year2024.flagged);
    }

    // 2026: a rejected recording leaves no file. The same seed's 2024 folder has a file for every recorded pair
    // (it keeps at least one fragment), so the files missing from the 2026 folder are the rejected recordings; the
    // analysis names exactly those pairs, and none in the 2024 folder.
    void rejectedRecordingsAreTheMissingPairs_data()
    {
        QTest::addColumn<QString>("test");
        for (const std::string& name : testNames())
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
    void rejectedRecordingsAreTheMissingPairs()
    {
        QFETCH(QString, test);
        const std::string name = test.toStdString();
        const std::set<Pair> recorded = pairsWithFile(year2024_, name), kept = pairsWithFile(year2026_, name);
        std::set<Pair> rejected;
        for (const Pair& p : recorded)
            if (kept.count(p) == 0)
                rejected.insert(p);
        for (const Pair& p : kept)
            QVERIFY(recorded.count(p) > 0);
        QVERIFY(!kept.empty());
        if (name.find("kurento") == std::string::npos) // the loaded ones: the rejections follow the load
            QVERIFY(!rejected.empty());

        const auto results2024 = loadResults(year2024_);
        QVERIFY(results2024);
        for (const Results* results : std::initializer_list<const Results*>{&*results2024, &*results2026_})
            for (const TestData& data : results->tests) {
                if (data.info.name != name)
                    continue;
                ProblemList problems;
                const TestAnalysis analysis = analyseTest(data, AnalysisOptions{}, problems);
                std::set<Pair> missing;
                for (const MissingQoeCuts& m : missingQoeCuts(analysis)) {
                    const UserKey receiver = analysis.users[static_cast<std::size_t>(m.receiverIndex)].key;
                    const UserKey sender = analysis.users[static_cast<std::size_t>(m.senderIndex)].key;
                    QCOMPARE(sender.session, receiver.session);
                    missing.insert({receiver.session, receiver.user, sender.user});
                }
                QCOMPARE(describe(missing), describe(results == &*results2024 ? std::set<Pair>{} : rejected));
            }
    }
};

QTEST_APPLESS_MAIN(TestGeneratedQoeCuts)
#include "test_generated_qoe_cuts.moc"
