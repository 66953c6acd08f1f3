// Python's repr and pandas 1.5's read_csv float parser, bit for bit, against values pandas itself produced
// (tests/data/pandas_numbers/make_cases.py).
#include "core/analysis/pandas_csv_number.h"

#include <QFile>
#include <QtTest>

#include <cstdlib>

using namespace loadscope;

class PandasCsvNumber : public QObject {
    Q_OBJECT

private slots:
    void reprAndParseMatchPandas()
    {
        QFile file(LOADSCOPE_TEST_DATA_DIR "/pandas_numbers/cases.csv");
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        file.readLine();
        int cases = 0, changed = 0;
        while (!file.atEnd()) {
            const QList<QByteArray> cells = file.readLine().trimmed().split(',');
            QCOMPARE(cells.size(), 3);
            const double x = std::strtod(cells[0].constData(), nullptr);
            const double parsed = std::strtod(cells[2].constData(), nullptr);
            QCOMPARE(QByteArray::fromStdString(pythonFloatRepr(x)), cells[1]);
            const double mine = pandasParseFloat(cells[1].toStdString());
            QVERIFY2(std::memcmp(&mine, &parsed, sizeof mine) == 0, qPrintable(QString("%1 parsed as %2, pandas %3")
                                                                                   .arg(QString(cells[1]))
                                                                                   .arg(mine, 0, 'g', 17)
                                                                                   .arg(parsed, 0, 'g', 17)));
            changed += x != parsed;
            ++cases;
        }
        QVERIFY(cases > 1000);
        QVERIFY(changed > 100); // the round trip really does change numbers
    }
};

QTEST_GUILESS_MAIN(PandasCsvNumber)
#include "test_pandas_csv_number.moc"
