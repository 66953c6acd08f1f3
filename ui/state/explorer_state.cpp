#include "ui/state/explorer_state.h"

#include "core/analysis/connection_quality.h"
#include "core/analysis/qoe_scores.h"

#include <algorithm>
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

bool ExplorerState::offers(const TimelineMetric& metric) const
{
    if (!metric.isConnectionQuality() && !metric.isExtraQoe())
        return true;
    const auto data = testData();
    if (!data)
        return !metric.isExtraQoe();
    const Offered& o = offered(data);
    return metric.isExtraQoe() ? std::ranges::find(o.qoeScores, metric.qoeScore()) != o.qoeScores.end()
                               : o.connectionQuality;
}

const ExplorerState::Offered& ExplorerState::offered(const std::shared_ptr<const TestData>& data) const
{
    if (offered_.data != data) // held, so its address cannot come back for other tables
        offered_ = {data, qoeScoresOf(*data), hasConnectionQualityEvents(*data)};
    return offered_;
}

ExplorerState::Changes ExplorerState::fitMetric()
{
    if (offers(metric_))
        return {};
    metric_ = TimelineMetric::vmaf();
    return Metric;
}

void ExplorerState::showResults(std::shared_ptr<const LoadedResults> results)
{
    // The old results live until every view has moved on (changed() returns): no view ever points into freed data.
    const auto previous = std::exchange(results_, std::move(results));
    test_ = testCount() > 0 ? 0 : -1;
    rows_.session = 0;
    rows_.worker.clear();
    user_ = -1;
    emit changed(Results | Test | Rows | InspectedUser | fitMetric());
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
    const auto previous = std::exchange(results_, std::move(results)); // freed after changed(), as above
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
    emit changed(Results | Test | InspectedUser | fitMetric());
}

void ExplorerState::selectTest(int index)
{
    if (index < 0 || index >= testCount() || index == test_)
        return;
    test_ = index;
    rows_.session = 0; // sessions and workers are per test
    rows_.worker.clear();
    user_ = -1;
    emit changed(Test | Rows | InspectedUser | fitMetric());
}

void ExplorerState::selectMetric(const TimelineMetric& metric)
{
    if (metric.index() == metric_.index() || !offers(metric))
        return;
    metric_ = metric;
    emit changed(Metric);
}

void ExplorerState::selectRows(const RowSelection& rows)
{
    rows_ = rows;
    emit changed(Rows);
}

void ExplorerState::inspectUser(int userIndex)
{
    const auto a = analysis();
    user_ = a && userIndex >= 0 && static_cast<std::size_t>(userIndex) < a->users.size() ? userIndex : -1;
    emit changed(InspectedUser); // also when unchanged: the window shows the inspector again
}

} // namespace loadscope
