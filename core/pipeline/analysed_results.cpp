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
    load.timings = request.loadTimings;
    load.cache = request.cache.get();
    std::vector<DeferredStore> deferred;
    if (request.deferCacheStores)
        load.deferredStores = &deferred;
    auto loaded = loadResults(request.root, load);
    if (!loaded || (request.cancel && request.cancel->load()))
        return std::nullopt;
    AnalysedResults analysed = analyseLoaded(std::make_unique<Results>(std::move(*loaded)), request.analysis,
                                             request.threads, {}, request.analysisLaps);
    analysed.cache = request.cache;
    analysed.deferredStores = std::move(deferred);
    return analysed;
}

void storeDeferredTests(const AnalysedResults& analysed)
{
    if (!analysed.cache)
        return;
    for (const DeferredStore& store : analysed.deferredStores)
        if (store.test < analysed.results->tests.size())
            analysed.cache->store(store.inputs, analysed.results->tests[store.test], store.problems);
}

AnalysedResults analyseLoaded(std::unique_ptr<Results> results, const AnalysisOptions& options, unsigned threads,
                              const ReuseAnalysis& reuse, PhaseStopwatch* laps)
{
    AnalysedResults out;
    out.options = options;
    out.results = std::move(results);
    for (const auto& p : out.results->problems)
        out.problems.add(p.file, p.line, p.severity, p.message);
    const auto& tests = out.results->tests;
    out.analyses.resize(tests.size());
    out.analysisProblems.resize(tests.size());
    const auto analyse = [&](std::size_t i) {
        if (reuse && reuse(i, out.analyses[i], out.analysisProblems[i]))
            return;
        if (laps)
            laps->restart();
        out.analyses[i] = analyseTest(tests[i], options, out.analysisProblems[i], laps);
    };
    if (laps) {
        for (std::size_t i = 0; i < tests.size(); ++i)
            analyse(i);
    } else {
        std::vector<std::uint64_t> weights;
        for (const auto& test : tests)
            weights.push_back(test.users.size());
        runInParallel(weights, threads ? threads : std::max(1u, std::thread::hardware_concurrency()), analyse);
    }
    for (const auto& list : out.analysisProblems)
        out.problems.append(list);
    return out;
}

} // namespace loadscope
