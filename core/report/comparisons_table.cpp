#include "core/report/comparisons_table.h"

#include "core/load/parallel_runner.h"
#include "core/report/threshold_comparisons.h"
#include "core/stats/comparison_csv.h"

#include <algorithm>
#include <thread>

namespace loadscope {

namespace {

struct ComparisonJob {
    const TestAnalysis* test;
    const ThresholdTable* table;
    const ComparisonCase* comparisonCase;
};

std::uint64_t valuesIn(const ThresholdTable& table, const ComparisonCase& c)
{
    std::uint64_t n = 0;
    for (std::size_t band : {c.bandX, c.bandY})
        if (band < table.values.size())
            n += table.values[band].size();
    return n;
}

} // namespace

void writeComparisonsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    // Each case is independent (it sorts each of its two groups once): they run on all cores, then are written in
    // order.
    std::vector<ComparisonJob> jobs;
    std::vector<std::uint64_t> weights;
    for (const auto& t : tests)
        for (const auto& table : t.thresholds)
            for (const auto& c : kComparisonCases) {
                jobs.push_back({&t, &table, &c});
                weights.push_back(valuesIn(table, c));
            }
    std::vector<stats::GroupComparison> comparisons(jobs.size());
    runInParallel(weights, std::max(1u, std::thread::hardware_concurrency()), [&](std::size_t i) {
        comparisons[i] = compareThresholdCase(*jobs[i].table, *jobs[i].comparisonCase, jobs[i].test->mode);
    });

    CsvWriter csv(out, stats::comparisonCsvHeader());
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        const ComparisonJob& job = jobs[i];
        stats::ComparisonLabels labels{job.test->data->info.name, thresholdKindName(job.table->kind), "raw",
                                       job.comparisonCase->x, job.comparisonCase->y};
        if (comparisons[i].raw)
            stats::writeComparisonRow(csv, labels, *comparisons[i].raw);
        labels.variant = "clean";
        if (comparisons[i].clean)
            stats::writeComparisonRow(csv, labels, *comparisons[i].clean);
    }
}

} // namespace loadscope
