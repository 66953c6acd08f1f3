#include "core/pipeline/analysed_results.h"

#include "core/load/parallel_runner.h"

#include <algorithm>
#include <thread>

namespace loadscope {

std::optional<AnalysedResults> analyseResults(const AnalyseRequest& request)
{
    LoadOptions load;
    load.tests = request.tests;
    load.threads = request.threads;
    load.cancel = request.cancel;
    load.progress = request.progress;
    auto loaded = loadResults(request.root, load);
    if (!loaded || (request.cancel && request.cancel->load()))
        return std::nullopt;
    AnalysedResults out;
    out.results = std::make_unique<Results>(std::move(*loaded));
    for (const auto& p : out.results->problems)
        out.problems.add(p.file, p.line, p.severity, p.message);
    const auto& tests = out.results->tests;
    // Tests are analysed in parallel; their problems are added in test order, as a serial run would.
    out.analyses.resize(tests.size());
    std::vector<ProblemList> testProblems(tests.size());
    std::vector<std::uint64_t> weights;
    for (const auto& test : tests)
        weights.push_back(test.users.size());
    const unsigned threads = request.threads ? request.threads : std::max(1u, std::thread::hardware_concurrency());
    runInParallel(weights, threads,
                  [&](std::size_t i) { out.analyses[i] = analyseTest(tests[i], request.analysis, testProblems[i]); });
    for (const auto& list : testProblems)
        out.problems.append(list);
    return out;
}

} // namespace loadscope
