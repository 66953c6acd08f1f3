#include "ui/state/loaded_results.h"

namespace loadscope {

std::shared_ptr<const LoadedResults> loadAndAnalyse(const QString& root, const std::atomic<bool>* cancel,
                                                    std::function<void(const LoadProgress&)> progress)
{
    LoadOptions options;
    options.cancel = cancel;
    options.progress = std::move(progress);
    std::optional<Results> loaded = loadResults(root.toStdString(), options);
    if (!loaded)
        return nullptr;
    auto out = std::make_shared<LoadedResults>();
    out->root = root;
    auto results = std::make_shared<const Results>(std::move(*loaded));
    out->problems = results->problems;
    for (const TestData& test : results->tests) {
        if (cancel && cancel->load())
            return nullptr;
        ProblemList problems;
        out->analyses.push_back(std::make_shared<const TestAnalysis>(analyseTest(test, AnalysisOptions{}, problems)));
        out->problems.insert(out->problems.end(), problems.items().begin(), problems.items().end());
    }
    out->results = std::move(results);
    return out;
}

std::shared_ptr<const LoadedResults> wrapResults(const QString& root, std::shared_ptr<const Results> results,
                                                 std::vector<std::shared_ptr<const TestAnalysis>> analyses)
{
    auto out = std::make_shared<LoadedResults>();
    out->root = root;
    out->problems = results->problems;
    out->results = std::move(results);
    out->analyses = std::move(analyses);
    return out;
}

} // namespace loadscope
