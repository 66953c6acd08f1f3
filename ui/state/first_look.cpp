#include "ui/state/first_look.h"

#include "core/load/results_layout.h"

#include <utility>

namespace loadscope {

namespace {

// Restores from a cache and keeps nothing in it. Asked about a test it cannot restore, it raises `giveUp` (the
// load's cancel flag): the load then stops before parsing anything, instead of parsing the stats.json files.
class RestoreOnlyCache final : public TestCache {
public:
    RestoreOnlyCache(std::shared_ptr<TestCache> cache, std::atomic<bool>& giveUp)
        : cache_(std::move(cache)), giveUp_(giveUp)
    {
    }
    bool mayHave(const TestInputs& inputs) const override
    {
        if (!cache_->mayHave(inputs))
            giveUp_ = true;
        return !giveUp_;
    }
    std::optional<CachedTest> find(const TestInputs& inputs) const override
    {
        auto found = cache_->find(inputs);
        if (!found)
            giveUp_ = true;
        return found;
    }
    void store(const TestInputs&, const TestData&, const std::vector<Problem>&) override {}

private:
    std::shared_ptr<TestCache> cache_;
    std::atomic<bool>& giveUp_;
};

std::optional<Results> restoreFromCache(const std::string& root, const std::string& test,
                                        const std::shared_ptr<TestCache>& cache)
{
    if (!cache)
        return std::nullopt;
    std::atomic<bool> giveUp{false};
    RestoreOnlyCache restoring(cache, giveUp);
    LoadOptions load;
    load.tests = {test};
    load.cancel = &giveUp;
    load.cache = &restoring;
    auto results = loadResults(root, load);
    if (giveUp || !results || results->tests.size() != 1)
        return std::nullopt;
    return results;
}

} // namespace

std::shared_ptr<const LoadedResults> loadFirstLook(const QString& root, const AnalysisOptions& options,
                                                   const std::atomic<bool>* cancel,
                                                   const std::shared_ptr<TestCache>& cache)
{
    const std::string path = root.toStdString();
    std::vector<std::string> tests;
    try {
        tests = discoverTests(path);
    } catch (...) {
        return nullptr; // the whole load says what is wrong with the folder
    }
    if (tests.empty() || (cancel && cancel->load()))
        return nullptr;
    bool qosLoaded = true;
    std::optional<Results> results = restoreFromCache(path, tests.front(), cache);
    if (!results) {
        LoadOptions load;
        load.tests = {tests.front()};
        load.loadQos = false;
        load.cancel = cancel;
        results = loadResults(path, load);
        qosLoaded = false;
    }
    if (!results || results->tests.size() != 1 || (cancel && cancel->load()))
        return nullptr;
    auto analysed = std::make_shared<const AnalysedResults>(
        analyseLoaded(std::make_unique<Results>(std::move(*results)), options, 0));
    auto out = loadedResultsOf(root, std::move(analysed));
    out->firstLook = true;
    out->qosLoaded = qosLoaded;
    for (std::size_t i = 1; i < tests.size(); ++i)
        out->pendingTests.push_back(QString::fromStdString(tests[i]));
    return out;
}

} // namespace loadscope
