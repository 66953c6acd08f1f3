// The violin plots' kernel density against scipy.stats.gaussian_kde (SciPy 1.10.1, Scott's bandwidth): the
// golden values come from tests/data/stats/kde_goldens.py, committed as kde_goldens.json.
#include "core/stats/kernel_density.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace loadscope;

namespace {

std::vector<double> numbers(const QJsonValue& array)
{
    std::vector<double> out;
    for (const QJsonValue& v : array.toArray())
        out.push_back(v.toDouble());
    return out;
}

QJsonArray goldenCases()
{
    QFile file(QStringLiteral(LOADSCOPE_TEST_DATA_DIR "/stats/kde_goldens.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value("cases").toArray();
}

bool closeRelative(double actual, double expected, double tolerance)
{
    return std::fabs(actual - expected) <= tolerance * std::fabs(expected);
}

} // namespace

class KernelDensityTest : public QObject {
    Q_OBJECT

private slots:
    void matchesScipy_data()
    {
        QTest::addColumn<QJsonObject>("golden");
        const QJsonArray cases = goldenCases();
        QVERIFY2(cases.size() >= 10, "tests/data/stats/kde_goldens.json is missing or short");
        for (const QJsonValue& c : cases)
            if (!c.toObject().contains("refused"))
                QTest::newRow(qPrintable(c.toObject().value("name").toString())) << c.toObject();
    }

    void matchesScipy()
    {
        QFETCH(QJsonObject, golden);
        const std::vector<double> values = numbers(golden.value("values"));
        std::string why;
        const auto kde = KernelDensity::fit(values, &why);
        QVERIFY2(kde, why.c_str());
        QVERIFY(closeRelative(kde->scottFactor(), golden.value("factor").toDouble(), 1e-14));
        QVERIFY2(closeRelative(kde->bandwidth(), golden.value("bandwidth").toDouble(), 1e-12),
                 qPrintable(QString::number(kde->bandwidth(), 'g', 17)));
        const std::vector<double> points = numbers(golden.value("points"));
        const std::vector<double> expected = numbers(golden.value("density"));
        const std::vector<double> actual = kde->evaluate(points);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY(points.size() > 10);
        for (std::size_t i = 0; i < actual.size(); ++i)
            QVERIFY2(closeRelative(actual[i], expected[i], 1e-9), qPrintable(QStringLiteral("at %1: %2 vs scipy %3")
                                                                                 .arg(points[i], 0, 'g', 17)
                                                                                 .arg(actual[i], 0, 'g', 17)
                                                                                 .arg(expected[i], 0, 'g', 17)));
    }

    void refusesWhatScipyRefuses_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        const QJsonArray cases = goldenCases();
        for (const QJsonValue& c : cases)
            if (c.toObject().contains("refused"))
                QTest::newRow(qPrintable(c.toObject().value("name").toString()))
                    << numbers(c.toObject().value("values"));
        QTest::newRow("one value") << std::vector<double>{3.0};
        QTest::newRow("empty") << std::vector<double>{};
        QTest::newRow("NaN") << std::vector<double>{1.0, std::nan(""), 2.0};
    }

    void refusesWhatScipyRefuses()
    {
        QFETCH(std::vector<double>, values);
        std::string why;
        QVERIFY(!KernelDensity::fit(values, &why));
        QVERIFY(!why.empty());
    }

    void densityIntegratesToOne()
    {
        const std::vector<double> values{0.5, 1.0, 1.25, 3.0, 3.5};
        const auto kde = KernelDensity::fit(values);
        QVERIFY(kde);
        const auto grid = linearSpace(-10, 15, 2501);
        double integral = 0;
        for (double y : kde->evaluate(grid))
            integral += y * (grid[1] - grid[0]);
        QVERIFY(std::fabs(integral - 1.0) < 1e-6);
    }

    void linearSpaceEndsExactly()
    {
        const auto grid = linearSpace(0.1, 0.7, 7);
        QCOMPARE(grid.size(), std::size_t(7));
        QCOMPARE(grid.front(), 0.1);
        QCOMPARE(grid.back(), 0.7);
        QVERIFY(linearSpace(1, 2, 0).empty());
        QCOMPARE(linearSpace(1, 2, 1), std::vector<double>{1.0});
    }
};

QTEST_GUILESS_MAIN(KernelDensityTest)
#include "test_kernel_density.moc"
