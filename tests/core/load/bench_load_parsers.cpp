// Throughput of the JSON parsers the loader could use, measured on the stats.json files of a results folder
// (the generator's output), single-threaded with the files already in memory; then loadResults() end to end.
// Not a test (no assertions, timings vary): the evidence behind the choice of simdjson on-demand.
// Usage: bench_load_parsers <results root> [repeats] [loader]   ("loader": only the loadscope rows, for profiling)
#include "core/load/file_buffer.h"
#include "core/load/results_loader.h"
#include "core/load/stats_reader.h"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <chrono>
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
    bool number_integer(number_integer_t v) override { ++numbers, sum += static_cast<double>(v); return true; }
    bool number_unsigned(number_unsigned_t v) override { ++numbers, sum += static_cast<double>(v); return true; }
    bool number_float(number_float_t v, const string_t&) override { ++numbers, sum += v; return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return true; }
    bool key(string_t&) override { ++keys; return true; }
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
    case simdjson::ondemand::json_type::number:
        sum += double(value.get_double()), ++numbers;
        break;
    default:
        break;
    }
}

double bestSeconds(int repeats, const std::function<void()>& work)
{
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s <results root> [repeats]\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    const int repeats = argc > 2 ? std::max(1, std::atoi(argv[2])) : 3;
    std::vector<FileBuffer> files;
    std::uint64_t bytes = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root / "stats"))
        if (entry.is_regular_file() && entry.path().filename() == "stats.json") {
            std::string error;
            files.push_back(FileBuffer::read(entry.path(), error));
            bytes += files.back().text().size();
        }
    const double megabytes = static_cast<double>(bytes) / 1e6;
    std::printf("%zu stats.json files, %.1f MB; simdjson active implementation: %s\n", files.size(), megabytes,
                simdjson::get_active_implementation()->name().c_str());
    const auto report = [&](const char* name, double seconds) {
        std::printf("%-44s %8.3f s  %8.0f MB/s\n", name, seconds, megabytes / seconds);
    };

    double sink = 0;
    const bool onlyLoader = argc > 3 && std::string(argv[3]) == "loader";
    if (!onlyLoader) {
    report("nlohmann::json SAX (count keys, numbers)", bestSeconds(repeats, [&] {
        for (const auto& file : files) {
            CountingSax sax;
            nlohmann::json::sax_parse(file.text(), &sax);
            sink += sax.sum;
        }
    }));
    report("nlohmann::json DOM (whole file)", bestSeconds(std::min(repeats, 1), [&] {
        for (const auto& file : files)
            sink += static_cast<double>(nlohmann::json::parse(file.text()).size());
    }));
    report("simdjson on-demand (visit every number)", bestSeconds(repeats, [&] {
        simdjson::ondemand::parser parser;
        for (const auto& file : files) {
            std::size_t numbers = 0;
            simdjson::ondemand::document doc = parser.iterate(simdjson::padded_string_view(file.begin(), file.text().size(), file.capacityFrom(file.begin())));
            walk(doc.get_value(), sink, numbers);
        }
    }));
    }
    report("loadscope readStatsFile (8 QoS tables)", bestSeconds(repeats, [&] {
        for (const auto& file : files) {
            QosTables tables;
            ProblemList problems;
            readStatsFile(file, "stats.json", 0, tables, problems);
            sink += static_cast<double>(tables.tables[0].rows());
        }
    }));
    for (unsigned threads : {1u, 2u}) {
        LoadOptions options;
        options.threads = threads;
        const std::string name = "loadResults (all files, " + std::to_string(threads) + " thread" + (threads > 1 ? "s)" : ")");
        report(name.c_str(), bestSeconds(repeats, [&] { sink += static_cast<double>(loadResults(root, options)->tests.size()); }));
    }
    std::printf("(checksum %g)\n", sink);
    return 0;
}
