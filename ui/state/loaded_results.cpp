#include "ui/state/loaded_results.h"

#include "core/cache/results_cache.h"

#include "ui/jobs/worker_priority.h"

#include <QThreadPool>

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
    request.cache = std::make_shared<ResultsCache>(defaultCacheSettings());
    request.deferCacheStores = true;
    std::optional<AnalysedResults> analysed = analyseResults(request);
    if (!analysed)
        return nullptr;
    auto shared = std::make_shared<const AnalysedResults>(std::move(*analysed));
    // Keeping the new tests for the next open is not on the way to the first picture: it runs beside it, and the
    // results live until it is done.
    if (!shared->deferredStores.empty())
        QThreadPool::globalInstance()->start([shared] {
            yieldToGuiThread();
            storeDeferredTests(*shared);
        });
    return loadedResultsOf(root, std::move(shared));
}

std::shared_ptr<LoadedResults> loadedResultsOf(const QString& root, std::shared_ptr<const AnalysedResults> analysed)
{
    auto out = std::make_shared<LoadedResults>();
    out->root = root;
    out->options = analysed->options;
    out->results = std::shared_ptr<const Results>(analysed, analysed->results.get());
    for (const TestAnalysis& analysis : analysed->analyses)
        out->analyses.push_back(std::shared_ptr<const TestAnalysis>(analysed, &analysis));
    out->problems = analysed->problems.items();
    return out;
}

std::shared_ptr<const LoadedResults> wrapResults(const QString& root, std::shared_ptr<const Results> results,
                                                 std::vector<std::shared_ptr<const TestAnalysis>> analyses)
{
    // Each analysis handed out keeps the tables it points into alive, as loadedResultsOf's do: a panel's job may
    // still read them after the window let go.
    struct Held {
        std::shared_ptr<const Results> results;
        std::shared_ptr<const TestAnalysis> analysis;
    };
    auto out = std::make_shared<LoadedResults>();
    out->root = root;
    out->problems = results->problems;
    for (auto& analysis : analyses) {
        const TestAnalysis* view = analysis.get();
        out->analyses.push_back(std::shared_ptr<const TestAnalysis>(
            std::make_shared<const Held>(Held{results, std::move(analysis)}), view));
    }
    out->results = std::move(results);
    return out;
}

} // namespace loadscope
