#include "core/stats/comparison_csv.h"

#include <variant>

namespace loadscope::stats {

namespace {

using Cell = std::variant<std::size_t, std::optional<double>>;

// The single place where the column order lives: name and the row member it comes from.
struct Column {
    const char* name;
    Cell (*get)(const ComparisonRow&);
};

#define LOADSCOPE_COLUMN(name, member)                                                                                 \
    Column                                                                                                             \
    {                                                                                                                  \
        name, [](const ComparisonRow& r) -> Cell { return r.member; }                                                  \
    }
const Column kColumns[] = {
    LOADSCOPE_COLUMN("n_x", nX),
    LOADSCOPE_COLUMN("n_y", nY),
    LOADSCOPE_COLUMN("mean_x", meanX),
    LOADSCOPE_COLUMN("mean_y", meanY),
    LOADSCOPE_COLUMN("median_x", medianX),
    LOADSCOPE_COLUMN("median_y", medianY),
    LOADSCOPE_COLUMN("std_x", stdX),
    LOADSCOPE_COLUMN("std_y", stdY),
    LOADSCOPE_COLUMN("outliers_x", outliersX),
    LOADSCOPE_COLUMN("outliers_y", outliersY),
    LOADSCOPE_COLUMN("u", u),
    LOADSCOPE_COLUMN("p_mwu", pMwu),
    LOADSCOPE_COLUMN("rank_biserial", rankBiserial),
    LOADSCOPE_COLUMN("t", t),
    LOADSCOPE_COLUMN("p_t", pT),
    LOADSCOPE_COLUMN("cohen_d", cohenD),
    LOADSCOPE_COLUMN("shapiro_x_w", shapiroXW),
    LOADSCOPE_COLUMN("shapiro_x_p", shapiroXP),
    LOADSCOPE_COLUMN("shapiro_y_w", shapiroYW),
    LOADSCOPE_COLUMN("shapiro_y_p", shapiroYP),
    LOADSCOPE_COLUMN("brown_forsythe", brownForsythe),
    LOADSCOPE_COLUMN("p_brown_forsythe", pBrownForsythe),
    LOADSCOPE_COLUMN("fligner", fligner),
    LOADSCOPE_COLUMN("p_fligner", pFligner),
    LOADSCOPE_COLUMN("ks", ks),
    LOADSCOPE_COLUMN("p_ks", pKs),
    LOADSCOPE_COLUMN("anderson_darling", andersonDarling),
    LOADSCOPE_COLUMN("p_anderson_darling", pAndersonDarling),
    LOADSCOPE_COLUMN("kruskal_h", kruskalH),
    LOADSCOPE_COLUMN("p_kruskal", pKruskal),
    LOADSCOPE_COLUMN("pearson_x_r", pearsonXR),
    LOADSCOPE_COLUMN("pearson_x_p", pearsonXP),
    LOADSCOPE_COLUMN("pearson_y_r", pearsonYR),
    LOADSCOPE_COLUMN("pearson_y_p", pearsonYP),
};
#undef LOADSCOPE_COLUMN

} // namespace

const std::vector<std::string>& comparisonColumns()
{
    static const std::vector<std::string> names = [] {
        std::vector<std::string> v;
        for (const Column& c : kColumns)
            v.emplace_back(c.name);
        return v;
    }();
    return names;
}

std::vector<std::string> comparisonCsvHeader()
{
    std::vector<std::string> header{"test", "kind", "variant", "x", "y"};
    const auto& columns = comparisonColumns();
    header.insert(header.end(), columns.begin(), columns.end());
    return header;
}

void writeComparisonRow(CsvWriter& csv, const ComparisonLabels& labels, const ComparisonRow& row)
{
    csv.cell(labels.test).cell(labels.kind).cell(labels.variant).cell(labels.x).cell(labels.y);
    for (const Column& column : kColumns) {
        const Cell cell = column.get(row);
        if (const auto* count = std::get_if<std::size_t>(&cell))
            csv.integer(static_cast<long long>(*count));
        else if (const auto& value = std::get<std::optional<double>>(cell))
            csv.number(*value);
        else
            csv.cell("");
    }
    csv.endRow();
}

} // namespace loadscope::stats
