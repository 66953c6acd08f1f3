// Throughput of the JSON parsers the loader could use, measured on the stats.json files of a results folder
// (the generator's output), single-threaded with the files already in memory; then loadResults() end to end.
// Not a test (no assertions, timings vary): the evidence behind the choice of simdjson on-demand.
// Usage: bench_load_parsers <results root> [repeats] [loader|load]
//   loader: only the loadscope rows; load: only loadResults(), without reading the files in advance (profiling)
#include "core/load/file_buffer.h"
#include "core/load/results_loader.h"
#include "core/load/stats_reader.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace loadscope;
namespace fs = std::filesystem;

namespace {

// The least a SAX consumer does: look at every key and number.
struct CountingSax : nlohmann::json_sax<nlohmann::json> {
    std::size_t keys = 0, numbers = 0;
    double sum = 0;
    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t v) override
    {
        ++numbers, sum += static_cast<double>(v);
        return true;
    }
    bool number_unsigned(number_unsigned_t v) override
    {
        ++numbers, sum += static_cast<double>(v);
        return true;
    }
    bool number_float(number_float_t v, const string_t&) override
    {
        ++numbers, sum += v;
        return true;
    }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override
    {
        ++keys;
        return true;
    }
    bool end_object() override { return true; }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

// The same work with simdjson on-demand: visit every value, read every number.
void walk(simdjson::ondemand::value value, double& sum, std::size_t& numbers)
{
    switch (value.type()) {
    case simdjson::ondemand::json_type::object:
        for (auto field : value.get_object())
            walk(field.value(), sum, numbers);
        break;
    case simdjson::ondemand::json_type::array:
        for (auto item : value.get_array())
            walk(item.value(), sum, numbers);
        break;
    case simdjson::ondemand::json_type::number: sum += double(value.get_double()), ++numbers; break;
    default: break;
    }
}

struct Timing {
    double wall = 1e30; // seconds
    double cpu = 1e30;  // CPU seconds of the whole process: on a busy machine, the figure that does not lie
};

double processCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

Timing best(int repeats, const std::function<void()>& work)
{
    Timing timing;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = processCpuSeconds();
        work();
        timing.cpu = std::min(timing.cpu, processCpuSeconds() - cpuStart);
        timing.wall = std::min(timing.wall,
                               std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return timing;
}

using Report = std::function<void(const char*, Timing)>;

void benchParsers(const std::vector<FileBuffer>& files, int repeats, const Report& report, double& sink)
{
    report("nlohmann::json SAX (count keys, numbers)", best(repeats, [&] {
               for (const auto& file : files) {
                   CountingSax sax;
                   nlohmann::json::sax_parse(file.text(), &sax);
                   sink += sax.sum;
               }
           }));
    report("nlohmann::json DOM (whole file)", best(1, [&] {
               for (const auto& file : files)
                   sink += static_cast<double>(nlohmann::json::parse(file.text()).size());
           }));
    report("simdjson on-demand (visit every number)", best(repeats, [&] {
               simdjson::ondemand::parser parser;
               for (const auto& file : files) {
                   std::size_t numbers = 0;
                   simdjson::padded_string_view view(file.begin(), file.text().size(), file.capacityFrom(file.begin()));
                   simdjson::ondemand::document doc = parser.iterate(view);
                   walk(doc.get_value(), sink, numbers);
               }
           }));
}

void benchStatsReader(const std::vector<FileBuffer>& files, int repeats, const Report& report, double& sink)
{
    report("loadscope readStatsFile (8 QoS tables)", best(repeats, [&] {
               for (const auto& file : files) {
                   QosTables tables;
                   ProblemList problems;
                   readStatsFile(file, "stats.json", 0, tables, problems);
                   sink += static_cast<double>(tables.tables[0].rows());
               }
           }));
}

void benchLoadResults(const fs::path& root, int repeats, const Report& report, double& sink)
{
    for (unsigned threads : {1u, 2u}) {
        LoadOptions options;
        options.threads = threads;
        const std::string name = "loadResults (all files, " + std::to_string(threads) + " thread" +
                                 (threads > 1 ? "s)" : ")");
        report(name.c_str(),
               best(repeats, [&] { sink += static_cast<double>(loadResults(root, options)->tests.size()); }));
    }
    const auto loaded = loadResults(root);
    std::size_t rows = 0, events = 0;
    for (const auto& test : loaded->tests) {
        for (const auto& table : test.qos.tables)
            rows += table.rows();
        for (const auto& user : test.users)
            events += user.events.size();
    }
    std::printf("loaded %zu tests, %zu events, %zu QoS rows, %zu problems\n", loaded->tests.size(), events, rows,
                loaded->problems.size());
    for (std::size_t i = 0; i < loaded->problems.size() && i < 10; ++i)
        std::printf("  %s:%ld %s\n", loaded->problems[i].file.c_str(), loaded->problems[i].line,
                    loaded->problems[i].message.c_str());
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <results root> [repeats] [loader|load]\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    const std::string mode = argc > 3 ? argv[3] : "";
    std::vector<FileBuffer> files; // read in advance so that the parser rows measure parsing only
    std::size_t count = 0;
    std::uint64_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root / "stats"))
        if (entry.is_regular_file() && entry.path().filename() == "stats.json") {
            ++count;
            bytes += entry.file_size();
            std::string error;
            if (mode != "load")
                files.push_back(FileBuffer::read(entry.path(), error));
        }
    const double megabytes = static_cast<double>(bytes) / 1e6;
    std::printf("%zu stats.json files, %.1f MB (the MB in MB/s); simdjson stage 1: %s\n", count, megabytes,
                simdjson::get_active_implementation()->name().c_str());
    std::printf("%-44s %9s %10s %9s %12s\n", "", "wall s", "MB/s", "CPU s", "MB/CPU-s");
    const Report report = [&](const char* name, Timing t) {
        std::printf("%-44s %9.3f %10.0f %9.3f %12.0f\n", name, t.wall, megabytes / t.wall, t.cpu, megabytes / t.cpu);
    };
    double sink = 0;
    if (mode.empty())
        benchParsers(files, repeats, report, sink);
    if (mode != "load")
        benchStatsReader(files, repeats, report, sink);
    benchLoadResults(root, repeats, report, sink);
    std::printf("(checksum %g)\n", sink);
    return 0;
}
