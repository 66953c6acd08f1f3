#include "core/report/report_writer.h"

#include "core/analysis/qos_summary.h"
#include "core/util/csv_writer.h"

#include <fstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace loadscope {

namespace {

void writeCpu(CsvWriter& w, const CpuStats& c)
{
    w.number(c.mean).number(c.start).number(c.end).number(c.median).number(c.max).number(c.min);
}

void writeStats(CsvWriter& w, const ThresholdRow& r)
{
    w.integer(r.count).number(r.median).number(r.mean).number(r.min).number(r.max).number(r.std);
}

} // namespace

void writeSegmentsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter w(out, {"test", "user", "session", "type", "start_time", "end_time", "total_duration", "attempt", "batch",
                      "cpu_mean", "cpu_start", "cpu_end", "cpu_median", "cpu_max", "cpu_min", "qoe", "qoe_metric"});
    for (const auto& t : tests)
        for (const auto& s : t.segments) {
            const UserKey key = t.users[static_cast<std::size_t>(s.userIndex)].key;
            w.cell(t.data->info.name).integer(key.user).integer(key.session).cell(segmentTypeName(s.type));
            w.number(s.start).number(s.end).number(s.end - s.start).number(s.attempt).integer(s.batch);
            writeCpu(w, s.cpu);
            w.number(s.qoe).cell(qoeMetricName(s.metric));
            w.endRow();
        }
}

void writeThresholdsCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter w(out, {"test", "kind", "threshold", "count", "median", "mean", "min", "max", "std"});
    for (const auto& t : tests)
        for (const auto& table : t.thresholds)
            for (const auto& row : table.rows) {
                w.cell(t.data->info.name).cell(thresholdKindName(table.kind)).cell(row.label);
                writeStats(w, row);
                w.endRow();
            }
}

void writeProgressionCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter w(out, {"test", "time", "publishers", "subscribers", "streams_in", "streams_out"});
    for (const auto& t : tests)
        for (const auto& p : t.progression) {
            w.cell(t.data->info.name).number(p.time).integer(p.publishers).integer(p.subscribers);
            w.integer(p.streamsIn).integer(p.streamsOut);
            w.endRow();
        }
}

void writeQosSummaryCsv(std::ostream& out, const std::vector<TestAnalysis>& tests)
{
    CsvWriter w(out, {"test", "direction", "kind", "metric", "count", "mean", "median", "min", "max", "std"});
    for (const auto& t : tests)
        for (const auto& row : summariseQos(t.data->qos, t.mode)) {
            w.cell(t.data->info.name).cell(directionName(row.direction)).cell(mediaKindName(row.kind));
            w.cell(row.metric).integer(row.stats.count).number(row.stats.mean).number(row.stats.median);
            w.number(row.stats.min).number(row.stats.max).number(row.stats.std);
            w.endRow();
        }
}

void writeProblemsCsv(std::ostream& out, const std::vector<Problem>& problems)
{
    CsvWriter w(out, {"file", "line", "severity", "message"});
    for (const auto& p : problems) {
        w.cell(p.file);
        if (p.line > 0)
            w.integer(p.line);
        else
            w.cell("");
        w.cell(severityName(p.severity)).cell(p.message);
        w.endRow();
    }
}

void writeFileAtomically(const std::filesystem::path& dir, const std::string& name,
                         const std::function<void(std::ostream&)>& write)
{
    const auto target = dir / name;
    const auto temporary = dir / ("." + name + ".tmp-" + std::to_string(::getpid()));
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            throw std::runtime_error("cannot write " + temporary.string());
        write(out);
        out.flush();
        if (!out)
            throw std::runtime_error("error while writing " + temporary.string());
    }
    std::error_code ec;
    std::filesystem::rename(temporary, target, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        throw std::runtime_error("cannot write " + target.string() + ": " + ec.message());
    }
}

} // namespace loadscope
