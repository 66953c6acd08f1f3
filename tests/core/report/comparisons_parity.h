#pragma once
// Compares comparisons.csv's statistics (core/stats via compareGroups) with the reference script's
// basics_*.csv / comparisons_*.csv (raw and clean): 1e-9 relative for statistics, 1e-7 for p-values.
#include "core/analysis/test_analysis.h"
#include "core/stats/group_comparison.h"
#include "csv_table.h"

#include <QRegularExpression>

#include <functional>
#include <optional>

namespace loadscope::testing {

struct ComparisonCase {
    QString x;
    std::size_t bandX, bandY;
};
inline const ComparisonCase kComparisonCases[] = {{"CPU < 0.9", 2, 5}, {"CPU < 0.95", 3, 7}};

// "(0.99, 0.5)" → the two numbers; "error: ..." or empty → nullopt each.
inline std::pair<QString, QString> tupleCells(const QString& cell)
{
    static const QRegularExpression pair(R"(^\(([^,]+),\s*([^)]+)\)$)");
    const auto m = pair.match(cell.trimmed());
    if (!m.hasMatch())
        return {QString(), QString()};
    return {m.captured(1).trimmed(), m.captured(2).trimmed()};
}

template <typename Report>
void checkRelative(Report&& report, const QString& where, const QString& expected, std::optional<double> actual,
                   double tolerance)
{
    const bool expectedMissing = expected.isEmpty() || expected == "nan" || expected == "None";
    if (expectedMissing || !actual || std::isnan(*actual)) {
        if (!(expectedMissing && (!actual || std::isnan(*actual))))
            report(where + QString(": expected '%1', got %2").arg(expected).arg(actual ? *actual : NAN, 0, 'g', 17));
        return;
    }
    const double e = expected.toDouble();
    const double a = *actual;
    if (std::fabs(e - a) > tolerance * std::max(std::fabs(e), std::fabs(a)) + 1e-300)
        report(where + QString(": expected %1, got %2").arg(expected).arg(a, 0, 'g', 17));
}

template <typename Report>
void compareComparisonRow(Report&& report, const QString& where, const CsvTable& basics, const CsvTable& comps,
                          std::size_t r, const stats::ComparisonRow& row, bool withPearson)
{
    constexpr double kStat = 1e-9, kP = 1e-7;
    auto num = [](std::size_t n) { return std::optional<double>(static_cast<double>(n)); };
    checkRelative(report, where + " len(X)", basics.cell(r, "len(X)"), num(row.nX), kStat);
    checkRelative(report, where + " len(Y)", basics.cell(r, "len(Y)"), num(row.nY), kStat);
    checkRelative(report, where + " mean(X)", basics.cell(r, "mean(X)"), row.meanX, kStat);
    checkRelative(report, where + " mean(Y)", basics.cell(r, "mean(Y)"), row.meanY, kStat);
    checkRelative(report, where + " median(X)", basics.cell(r, "median(X)"), row.medianX, kStat);
    checkRelative(report, where + " median(Y)", basics.cell(r, "median(Y)"), row.medianY, kStat);
    checkRelative(report, where + " std(X)", basics.cell(r, "std(X)"), row.stdX, kStat);
    checkRelative(report, where + " std(Y)", basics.cell(r, "std(Y)"), row.stdY, kStat);
    checkRelative(report, where + " outliers X", basics.cell(r, "len(outliers(X))"), num(row.outliersX), kStat);
    checkRelative(report, where + " outliers Y", basics.cell(r, "len(outliers(Y))"), num(row.outliersY), kStat);
    checkRelative(report, where + " U", comps.cell(r, "U (MWU)"), row.u, kStat);
    checkRelative(report, where + " p MWU", comps.cell(r, "p-value (MWU)"), row.pMwu, kP);
    checkRelative(report, where + " rank-biserial", comps.cell(r, "effect size (MWU, rank-biserial correlation)"),
                  row.rankBiserial, kStat);
    checkRelative(report, where + " t", comps.cell(r, "t (t-test)"), row.t, kStat);
    checkRelative(report, where + " p t", comps.cell(r, "p-value (t-test)"), row.pT, kP);
    checkRelative(report, where + " Cohen's d", comps.cell(r, "effect size (t-test, Cohen's d)"), row.cohenD, kStat);
    struct Pair {
        const char* column;
        std::optional<double> stat, p;
    };
    std::vector<Pair> pairs{{"Shapiro X", row.shapiroXW, row.shapiroXP},
                            {"Shapiro Y", row.shapiroYW, row.shapiroYP},
                            {"Brown-Forsythe", row.brownForsythe, row.pBrownForsythe},
                            {"Fligner", row.fligner, row.pFligner},
                            {"K-S", row.ks, row.pKs},
                            {"Anderson-Darling", row.andersonDarling, row.pAndersonDarling},
                            {"Kruskal-Wallis", row.kruskalH, row.pKruskal}};
    if (withPearson) {
        pairs.push_back({"Pearson X", row.pearsonXR, row.pearsonXP});
        pairs.push_back({"Pearson Y", row.pearsonYR, row.pearsonYP});
    }
    for (const auto& p : pairs) {
        const auto [stat, pValue] = tupleCells(comps.cell(r, p.column));
        checkRelative(report, where + " " + p.column, stat, p.stat, kStat);
        checkRelative(report, where + " " + p.column + " p", pValue, p.p, kP);
    }
}

// Every case the reference computed (it skips a case with an empty group) against compareGroups.
template <typename Report>
void compareComparisons(Report&& report, const QString& caseDir, const TestAnalysis& a)
{
    const QString test = QString::fromStdString(a.data->info.name);
    for (const auto& table : a.thresholds) {
        const QString kind = thresholdKindName(table.kind);
        for (const bool clean : {false, true}) {
            const QString infix = clean ? "_clean_" : "_";
            const CsvTable basics = readCsv(QString("%1/basics%2%3_%4.csv").arg(caseDir, infix, test, kind));
            const CsvTable comps = readCsv(QString("%1/comparisons%2%3_%4.csv").arg(caseDir, infix, test, kind));
            std::size_t r = 0;
            for (const auto& c : kComparisonCases) {
                const stats::ComparisonInput input{table.values[c.bandX], table.values[c.bandY],
                                                   table.cpuMedians[c.bandX], table.cpuMedians[c.bandY]};
                const auto comparison = stats::compareGroups(input, true);
                const auto& row = clean ? comparison.clean : comparison.raw;
                const bool inReference = r < comps.rows.size() && comps.cell(r, "X") == c.x;
                const QString where = QString("%1 %2 %3%4").arg(test, kind, c.x, clean ? " clean" : "");
                if (inReference != row.has_value()) {
                    report(where + (inReference ? ": the reference compared, loadscope did not"
                                                : ": loadscope compared, the reference did not"));
                } else if (row) {
                    compareComparisonRow(report, where, basics, comps, r, *row, !clean);
                }
                if (inReference)
                    ++r;
            }
        }
    }
}

} // namespace loadscope::testing
