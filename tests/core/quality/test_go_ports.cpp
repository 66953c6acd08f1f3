// The ports of Go's math.Sin / math.Asin / math.Min / math.Max and of sort.Sort: checked against the C library
// (within the Cephes error bound) and against std::sort's ordering. Go's exact tie order is pinned by golden D
// in test_go_golden (std::stable_sort fails 13 of its values).
#include "core/quality/go_math.h"
#include "core/quality/go_sort.h"

#include <QtTest>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace loadscope;

namespace {

std::int64_t ulpDistance(double a, double b)
{
    auto ordered = [](double x) {
        const auto bits = std::bit_cast<std::int64_t>(x);
        return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
    };
    return std::llabs(ordered(a) - ordered(b));
}

struct Item {
    double key;
    int origin;
};

struct KeyLess {
    using value_type = Item;
    bool operator()(const Item& a, const Item& b) const { return a.key < b.key; }
};

} // namespace

class TestGoPorts : public QObject {
    Q_OBJECT
private slots:
    void sinAndAsinStayWithinTwoUlpsOfLibc();
    void specialValues();
    void minMaxFollowGo();
    void sortOrders_data();
    void sortOrders();
};

// Go's asin takes sqrt(1 - x*x), which cancels as |x| -> 1: there it is off by up to ~eps / sqrt(1 - x^2)
// (a few ulps at 0.9999). Elsewhere both functions are within 2 ulps; a wrong coefficient would be far off.
void TestGoPorts::sinAndAsinStayWithinTwoUlpsOfLibc()
{
    std::mt19937_64 random(2024);
    std::uniform_real_distribution<double> angle(-4.0, 4.0), unit(-1.0, 1.0);
    std::int64_t worstSin = 0, worstAsin = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = angle(random), y = unit(random);
        worstSin = std::max(worstSin, ulpDistance(gomath::sin(x), std::sin(x)));
        if (std::fabs(y) <= 0.9) {
            worstAsin = std::max(worstAsin, ulpDistance(gomath::asin(y), std::asin(y)));
        } else {
            const double bound = 4 * std::numeric_limits<double>::epsilon() / std::sqrt(1 - y * y);
            QVERIFY2(std::fabs(gomath::asin(y) - std::asin(y)) <= bound, qPrintable(QString::number(y, 'g', 17)));
        }
    }
    QVERIFY2(worstSin <= 2, qPrintable(QString::number(worstSin)));
    QVERIFY2(worstAsin <= 2, qPrintable(QString::number(worstAsin)));
}

void TestGoPorts::specialValues()
{
    QCOMPARE(gomath::sin(0.0), 0.0);
    QVERIFY(std::signbit(gomath::sin(-0.0)));
    QVERIFY(std::isnan(gomath::sin(NAN)));
    QVERIFY(std::isnan(gomath::sin(INFINITY)));
    QCOMPARE(gomath::sin(-M_PI / 2), -1.0);
    QCOMPARE(gomath::asin(1.0), M_PI / 2);
    QCOMPARE(gomath::asin(-1.0), -M_PI / 2);
    QVERIFY(std::isnan(gomath::asin(1.0000000000000002)));
    QVERIFY(std::signbit(gomath::asin(-0.0)));
}

void TestGoPorts::minMaxFollowGo()
{
    QVERIFY(std::isnan(gomath::min(NAN, 1.0))); // std::fmin would answer 1
    QVERIFY(std::isnan(gomath::max(1.0, NAN)));
    QCOMPARE(gomath::min(-INFINITY, NAN), -INFINITY);
    QVERIFY(std::signbit(gomath::min(0.0, -0.0)));
    QVERIFY(!std::signbit(gomath::max(-0.0, 0.0)));
    QCOMPARE(gomath::min(2.0, 3.0), 2.0);
    QCOMPARE(gomath::max(2.0, 3.0), 3.0);
}

void TestGoPorts::sortOrders_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("distinct"); // 0: all distinct
    QTest::addColumn<QString>("shape");
    QTest::addColumn<bool>("go119");
    for (bool go119 : {false, true}) {
        const char* v = go119 ? " 13-17-5" : " 13-7-17";
        QTest::newRow(qPrintable(QString("random 5000") + v)) << 5000 << 0 << "random" << go119;
        QTest::newRow(qPrintable(QString("ties 5000") + v)) << 5000 << 7 << "random" << go119;
        QTest::newRow(qPrintable(QString("descending 3000") + v)) << 3000 << 0 << "descending" << go119;
        QTest::newRow(qPrintable(QString("sawtooth 4000") + v)) << 4000 << 0 << "sawtooth" << go119;
        QTest::newRow(qPrintable(QString("sorted 2000") + v)) << 2000 << 0 << "sorted" << go119;
        QTest::newRow(qPrintable(QString("small 11") + v)) << 11 << 3 << "random" << go119;
    }
}

void TestGoPorts::sortOrders()
{
    QFETCH(int, size);
    QFETCH(int, distinct);
    QFETCH(QString, shape);
    QFETCH(bool, go119);
    std::mt19937_64 random(static_cast<std::uint64_t>(size) * 31 + static_cast<std::uint64_t>(distinct));
    std::vector<Item> items;
    for (int i = 0; i < size; ++i) {
        double key = static_cast<double>(random() % 1000000);
        if (distinct)
            key = static_cast<double>(random() % static_cast<std::uint64_t>(distinct));
        else if (shape == "descending")
            key = size - i;
        else if (shape == "sawtooth")
            key = i % 97;
        else if (shape == "sorted")
            key = i;
        items.push_back({key, i});
    }
    std::vector<Item> sorted = items;
    gosort::sort(sorted, KeyLess{},
                 go119 ? gosort::XorshiftVariant::Shift13_17_5 : gosort::XorshiftVariant::Shift13_7_17);
    QVERIFY(std::is_sorted(sorted.begin(), sorted.end(), KeyLess{}));
    // A permutation of the input: every original position appears once.
    std::vector<int> origins;
    for (const Item& item : sorted)
        origins.push_back(item.origin);
    std::sort(origins.begin(), origins.end());
    for (int i = 0; i < size; ++i)
        QCOMPARE(origins[static_cast<std::size_t>(i)], i);
}

QTEST_GUILESS_MAIN(TestGoPorts)
#include "test_go_ports.moc"
