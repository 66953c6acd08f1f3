#pragma once
// Reads a comma-separated file with a header row (RFC 4180 quoting) for comparisons in tests.
#include <QFile>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace loadscope::testing {

struct CsvTable {
    QStringList header;
    std::vector<QStringList> rows;
    bool ok = false;

    int column(const QString& name) const { return static_cast<int>(header.indexOf(name)); }
    QString cell(std::size_t row, const QString& name) const
    {
        const int c = column(name);
        return c < 0 || c >= rows[row].size() ? QString() : rows[row][c];
    }
};

inline QStringList splitCsvLine(const QString& line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

inline CsvTable readCsv(const QString& path)
{
    CsvTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    bool first = true;
    while (!file.atEnd()) {
        QString line = QString::fromUtf8(file.readLine());
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        if (first) {
            table.header = splitCsvLine(line);
            first = false;
        } else if (!line.isEmpty()) {
            table.rows.push_back(splitCsvLine(line));
        }
    }
    table.ok = !first;
    return table;
}

// Numbers agree within 1e-9 (relative above 1); empty and NaN cells agree with each other.
inline bool sameNumber(const QString& expected, double actual, QString* why = nullptr)
{
    const bool expectedMissing = expected.isEmpty() || expected == "nan" || expected == "NaN";
    if (expectedMissing || std::isnan(actual)) {
        if (expectedMissing && std::isnan(actual))
            return true;
        if (why)
            *why = QString("expected '%1', got %2").arg(expected).arg(actual, 0, 'g', 17);
        return false;
    }
    bool ok = false;
    const double e = expected.toDouble(&ok);
    if (ok && std::fabs(e - actual) <= 1e-9 * std::max({1.0, std::fabs(e), std::fabs(actual)}))
        return true;
    if (why)
        *why = QString("expected %1, got %2").arg(expected).arg(actual, 0, 'g', 17);
    return false;
}

} // namespace loadscope::testing
