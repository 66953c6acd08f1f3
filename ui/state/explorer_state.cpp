#include "ui/state/explorer_state.h"

#include <utility>

namespace loadscope {

ExplorerState::ExplorerState(QObject* parent) : QObject(parent) {}

int ExplorerState::testCount() const
{
    return results_ ? static_cast<int>(results_->analyses.size()) : 0;
}

std::shared_ptr<const TestAnalysis> ExplorerState::analysis() const
{
    if (test_ < 0 || test_ >= testCount())
        return nullptr;
    return results_->analyses[static_cast<std::size_t>(test_)];
}

std::shared_ptr<const TestData> ExplorerState::testData() const
{
    auto a = analysis();
    if (!a || !a->data)
        return nullptr;
    return std::shared_ptr<const TestData>(a, a->data); // keeps the analysis, and so the results, alive
}

void ExplorerState::showResults(std::shared_ptr<const LoadedResults> results)
{
    // The old results live until every view has moved on (announce returns): no view ever points into freed data.
    const auto previous = std::exchange(results_, std::move(results));
    test_ = testCount() > 0 ? 0 : -1;
    rows_.session = 0;
    user_ = -1;
    announce(Results | Test | Rows | InspectedUser);
}

void ExplorerState::updateResults(std::shared_ptr<const LoadedResults> results)
{
    std::string testName;
    std::optional<UserKey> inspected;
    if (auto a = analysis()) {
        if (a->data)
            testName = a->data->info.name;
        if (user_ >= 0 && static_cast<std::size_t>(user_) < a->users.size())
            inspected = a->users[static_cast<std::size_t>(user_)].key;
    }
    const auto previous = std::exchange(results_, std::move(results)); // freed after announce, as above
    test_ = testCount() > 0 ? 0 : -1;
    for (int i = 0; i < testCount(); ++i)
        if (results_->results->tests[static_cast<std::size_t>(i)].info.name == testName)
            test_ = i;
    // New users may come before the inspected one: find it again by its key, not by its old row.
    user_ = -1;
    if (auto a = analysis(); a && inspected)
        for (std::size_t i = 0; i < a->users.size(); ++i)
            if (a->users[i].key == *inspected)
                user_ = static_cast<int>(i);
    announce(Results | Test | InspectedUser);
}

void ExplorerState::selectTest(int index)
{
    if (index < 0 || index >= testCount() || index == test_)
        return;
    test_ = index;
    rows_.session = 0; // sessions are per test
    user_ = -1;
    announce(Test | Rows | InspectedUser);
}

void ExplorerState::selectMetric(const TimelineMetric& metric)
{
    if (metric.index() == metric_.index())
        return;
    metric_ = metric;
    announce(Metric);
}

void ExplorerState::selectRows(const RowSelection& rows)
{
    rows_ = rows;
    announce(Rows);
}

void ExplorerState::inspectUser(int userIndex)
{
    auto a = analysis();
    const bool valid = a && userIndex >= 0 && static_cast<std::size_t>(userIndex) < a->users.size();
    const int user = valid ? userIndex : -1;
    user_ = user;
    announce(InspectedUser); // also when unchanged: the window shows the inspector again
}

void ExplorerState::announce(Changes what)
{
    emit changed(what);
}

} // namespace loadscope
