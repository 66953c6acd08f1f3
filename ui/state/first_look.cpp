#include "ui/state/first_look.h"

#include "core/load/results_layout.h"

#include <utility>

namespace loadscope {

std::shared_ptr<const LoadedResults> loadFirstLook(const QString& root, const AnalysisOptions& options,
                                                   const std::atomic<bool>* cancel)
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
    LoadOptions load;
    load.tests = {tests.front()};
    load.loadQos = false;
    load.cancel = cancel;
    std::optional<Results> results = loadResults(path, load);
    if (!results || results->tests.size() != 1 || (cancel && cancel->load()))
        return nullptr;
    auto analysed = std::make_shared<const AnalysedResults>(
        analyseLoaded(std::make_unique<Results>(std::move(*results)), options, 0));
    auto out = loadedResultsOf(root, std::move(analysed));
    out->firstLook = true;
    out->qosLoaded = false;
    for (std::size_t i = 1; i < tests.size(); ++i)
        out->pendingTests.push_back(QString::fromStdString(tests[i]));
    return out;
}

} // namespace loadscope
