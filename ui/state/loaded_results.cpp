#include "ui/state/loaded_results.h"

#include "core/pipeline/analysed_results.h"

namespace loadscope {

std::shared_ptr<const LoadedResults> loadAndAnalyse(const QString& root, const AnalysisOptions& options,
                                                    const std::atomic<bool>* cancel,
                                                    std::function<void(const LoadProgress&)> progress)
{
    AnalyseRequest request;
    request.root = root.toStdString();
    request.analysis = options;
    request.cancel = cancel;
    request.progress = std::move(progress);
    std::optional<AnalysedResults> analysed = analyseResults(request);
    if (!analysed)
        return nullptr;
    auto out = std::make_shared<LoadedResults>();
    out->root = root;
    out->options = options;
    // The analyses point into the Results object, which moves into the shared pointer without moving itself.
    out->results = std::shared_ptr<const Results>(std::move(analysed->results));
    for (TestAnalysis& analysis : analysed->analyses)
        out->analyses.push_back(std::make_shared<const TestAnalysis>(std::move(analysis)));
    out->problems = analysed->problems.items();
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
