// Is reading only what grew worth it? Copies ROOT to OUT with every file cut at 90 % of its bytes, follows OUT
// (first update: everything), appends the remaining 10 %, and times that update against a full load of the
// finished folder (what following without tail reads would cost on every change). Run by hand, not by CTest:
//   bench_follow ROOT OUT      (OUT must not exist; it is removed afterwards)
#include "core/follow/incremental_loader.h"
#include "core/load/results_loader.h"

#include <chrono>
#include <ctime>
#include <string>
#include <cstdio>
#include <fstream>
#include <iterator>

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

// Wall and CPU (all threads) seconds of one phase: on a shared machine the CPU time is the steadier figure.
struct Phase {
    Clock::time_point wall = Clock::now();
    std::clock_t cpu = std::clock();
    std::string since() const
    {
        char text[64];
        std::snprintf(text, sizeof text, "%.3f s wall, %.3f s CPU",
                      std::chrono::duration<double>(Clock::now() - wall).count(),
                      static_cast<double>(std::clock() - cpu) / CLOCKS_PER_SEC);
        return text;
    }
};

std::string readAll(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Writes bytes [from, to) of every file under `root` to the same place under `out`.
std::uint64_t copyPart(const fs::path& root, const fs::path& out, double from, double to)
{
    std::uint64_t written = 0;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (!entry.is_regular_file())
            continue;
        const std::string text = readAll(entry.path());
        const auto begin = static_cast<std::size_t>(from * static_cast<double>(text.size()));
        const auto end = static_cast<std::size_t>(to * static_cast<double>(text.size()));
        const fs::path target = out / fs::relative(entry.path(), root);
        fs::create_directories(target.parent_path());
        std::ofstream(target, std::ios::binary | std::ios::app)
            .write(text.data() + begin, static_cast<std::streamsize>(end - begin));
        written += end - begin;
    }
    return written;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3 || fs::exists(argv[2])) {
        std::fprintf(stderr, "usage: bench_follow ROOT OUT (OUT must not exist)\n");
        return 2;
    }
    const fs::path root = argv[1], out = argv[2];
    const double cut = 0.9;
    const std::uint64_t first = copyPart(root, out, 0, cut);
    loadscope::IncrementalLoader loader(out);
    Phase phase;
    loader.update();
    const std::string firstRead = phase.since();
    const std::uint64_t rest = copyPart(root, out, cut, 1.0);
    phase = Phase{};
    const auto grown = loader.update();
    const std::string tailRead = phase.since();
    phase = Phase{};
    const auto full = loadscope::loadResults(out);
    for (const auto& test : full->tests) {
        loadscope::ProblemList problems;
        (void)loadscope::analyseTest(test, {}, problems);
    }
    const std::string fullLoad = phase.since();
    std::printf("first follow read of %.1f MB: %s\n", static_cast<double>(first) / 1e6, firstRead.c_str());
    std::printf("update after %.1f MB appended (reads only those, analyses again): %s\n",
                static_cast<double>(rest) / 1e6, tailRead.c_str());
    std::printf("full load and analysis of the grown folder: %s\n", fullLoad.c_str());
    std::printf("tests %zu / %zu\n", grown ? grown->analysed->results->tests.size() : 0, full ? full->tests.size() : 0);
    fs::remove_all(out);
    return 0;
}
