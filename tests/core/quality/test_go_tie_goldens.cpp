// Holds `--compat go` and `--compat go1.19` to the Go goldens of tie-heavy samples, bit for bit: Go 1.24.4 (sort
// xorshift 13/7/17, as every release since go1.24) and Go 1.19.8 (13/17/5, as go1.19 to go1.23) each ran the
// seed's Go package itself (tests/data/quality/go_ties/make_go_goldens.sh).
#include "go_tie_goldens.h"

#include "core/quality/latency_sample_file.h"
#include "core/quality/quality_attenuation.h"
#include "core/quality/quality_json.h"

#include <QtTest>

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>

using namespace loadscope;
using test::kGoTiesDir;

namespace {

bool sameBits(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}

void addSamples(const std::string& name, SimpleQualityAttenuation& qa)
{
    const std::string path = kGoTiesDir + "samples_" + name + ".txt";
    std::ifstream in(path);
    const LatencySampleRead read = readLatencySamples(in, path);
    if (!in.eof() || !read.error.empty() || read.samples.empty())
        throw std::runtime_error(path + ": " + (read.error.empty() ? "cannot read" : read.error));
    for (const LatencySample& sample : read.samples)
        if (auto error = qa.addSample(sample.seconds))
            throw std::runtime_error(path + ": " + *error);
}

// The sample of a case, as the CLI builds it: "merge_A_B" is A with B merged into it.
void fillCase(const std::string& name, SimpleQualityAttenuation& qa)
{
    if (name.rfind("merge_", 0) != 0) {
        addSamples(name, qa);
        return;
    }
    const auto split = name.find('_', 6);
    addSamples(name.substr(6, split - 6), qa);
    SimpleQualityAttenuation other(qa.mode(), qa.goSort());
    addSamples(name.substr(split + 1), other);
    if (auto error = qa.merge(other))
        throw std::runtime_error(*error);
}

// Every value print_quality.go prints, under its keys, computed here.
std::map<std::string, std::vector<double>> observe(SimpleQualityAttenuation& qa)
{
    std::map<std::string, std::vector<double>> values{
        {"n", {static_cast<double>(qa.samples())}},
        {"losses", {static_cast<double>(qa.losses())}},
        {"min", {qa.minimum()}},
        {"max", {qa.maximum()}},
        {"mean", {qa.average()}},
        {"variance", {qa.variance()}},
        {"stddev", {qa.standardDeviation()}},
        {"rpm", {qa.rpm()}},
        {"loss_percent", {qa.lossPercentage()}},
        {"pdv90", {qa.pdv(90)}},
        {"pdv99", {qa.pdv(99)}},
        {"qoo_gaming", {qa.gamingQoo().value_or(std::nan(""))}},
    };
    for (const char* p : kReportPercentiles)
        values[std::string("P") + p] = {qa.percentile(std::strtod(p, nullptr))};
    const auto histogram = qa.cablelabsHistogram();
    for (std::size_t i = 0; i < histogram.size(); ++i)
        values["hist[" + std::to_string(i) + "]"] = {histogram[i]};
    const auto centroids = qa.digest().centroids();
    for (std::size_t i = 0; i < centroids.size(); ++i)
        values["centroid[" + std::to_string(i) + "]"] = {centroids[i].mean, centroids[i].weight};
    return values;
}

} // namespace

class TestGoTieGoldens : public QObject {
    Q_OBJECT
private slots:
    void matchesTheGoRelease_data();
    void matchesTheGoRelease();
    void releasesDisagreeOnTies_data();
    void releasesDisagreeOnTies();
};

void TestGoTieGoldens::matchesTheGoRelease_data()
{
    QTest::addColumn<QString>("release");
    QTest::addColumn<int>("goSort");
    QTest::addColumn<QString>("name");
    const std::pair<const char*, gosort::XorshiftVariant> releases[] = {
        {"go1.24.4", gosort::XorshiftVariant::CurrentGo}, {"go1.19.8", gosort::XorshiftVariant::Go1_19To1_23}};
    for (const auto& [release, sort] : releases)
        for (const std::string& name : test::kGoTieCases)
            QTest::newRow(qPrintable(QString("%1 %2").arg(release, name.c_str())))
                << QString(release) << static_cast<int>(sort) << QString::fromStdString(name);
}

void TestGoTieGoldens::matchesTheGoRelease()
{
    QFETCH(QString, release);
    QFETCH(int, goSort);
    QFETCH(QString, name);
    SimpleQualityAttenuation qa(QualityMode::GoCompatible, static_cast<gosort::XorshiftVariant>(goSort));
    fillCase(name.toStdString(), qa);
    auto observed = observe(qa);
    const auto golden = test::readGoTieGolden(release.toStdString(), name.toStdString());
    QVERIFY(golden.size() > 280); // 24 scalars, 256 bins, the centroids
    for (const test::GoldenLine& line : golden) {
        const auto found = observed.find(line.key);
        QVERIFY2(found != observed.end(), qPrintable(QString::fromStdString("no value for " + line.key)));
        QCOMPARE(found->second.size(), line.values.size());
        for (std::size_t i = 0; i < line.values.size(); ++i)
            QVERIFY2(sameBits(found->second[i], line.values[i]), qPrintable(QString("%1: %2 here, Go %3")
                                                                                .arg(QString::fromStdString(line.key))
                                                                                .arg(found->second[i], 0, 'g', 17)
                                                                                .arg(line.values[i], 0, 'g', 17)));
        observed.erase(found);
    }
    if (!observed.empty())
        QFAIL(qPrintable(QString::fromStdString("not in Go's output: " + observed.begin()->first)));
}

// The goldens tell the two releases apart, so the test above holds each mode to something the other fails.
void TestGoTieGoldens::releasesDisagreeOnTies_data()
{
    QTest::addColumn<QString>("name");
    for (const char* name : {"ties1000", "few5000", "losses2000", "merge_ties3000_ties1000"})
        QTest::newRow(name) << name;
}

void TestGoTieGoldens::releasesDisagreeOnTies()
{
    QFETCH(QString, name);
    const auto current = test::readGoTieGolden("go1.24.4", name.toStdString());
    const auto old = test::readGoTieGolden("go1.19.8", name.toStdString());
    bool differ = current.size() != old.size();
    for (std::size_t i = 0; !differ && i < current.size(); ++i)
        differ = current[i].key != old[i].key || current[i].values != old[i].values;
    QVERIFY(differ);
}

QTEST_GUILESS_MAIN(TestGoTieGoldens)
#include "test_go_tie_goldens.moc"
