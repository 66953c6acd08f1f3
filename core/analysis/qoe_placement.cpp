#include "core/analysis/qoe_placement.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace loadscope {

namespace {

constexpr double kScoreScale = 5.0; // the notebook plots vmaf and visqol on 0..5

bool fitsOrClose(double fragmentEnd, double end)
{
    // fe < end or math.isclose(fe, end, rel_tol=1e-9)
    return fragmentEnd < end || std::fabs(fragmentEnd - end) <= 1e-9 * std::max(std::fabs(fragmentEnd), std::fabs(end));
}

// The notebook's set_fragment_start_end: fragments one after another; one that does not fit moves to the next
// intersection; at the last one it is cut to what is left (and so are all the fragments after it).
void placeFragments(std::vector<PlacedCut>& cuts, const std::vector<int>& rows, const std::vector<Interval>& spans,
                    double fragmentDuration)
{
    if (spans.empty())
        return;
    double start = spans[0].start, end = spans[0].end;
    std::size_t span = 0, k = 0;
    while (k < rows.size()) {
        PlacedCut& cut = cuts[static_cast<std::size_t>(rows[k])];
        const double fragmentEnd = start + fragmentDuration;
        if (fitsOrClose(fragmentEnd, end)) {
            cut.start = start;
            cut.end = fragmentEnd;
            start = fragmentEnd;
            ++k;
        } else if (span + 1 < spans.size()) {
            ++span;
            start = spans[span].start;
            end = spans[span].end;
        } else {
            cut.start = start;
            cut.end = end;
            ++k;
        }
    }
}

int indexOf(const std::vector<UserTimeline>& users, UserKey key)
{
    auto it = std::lower_bound(users.begin(), users.end(), key,
                               [](const UserTimeline& u, const UserKey& k) { return u.key < k; });
    return it != users.end() && it->key == key ? static_cast<int>(it - users.begin()) : -1;
}

} // namespace

double roundTo5Decimals(double x)
{
    return std::nearbyint(x * 1e5) / 1e5;
}

std::vector<PlacedCut> placeQoeCuts(const TestData& data, const std::vector<UserTimeline>& users,
                                    const PairIntersections& intersections)
{
    std::vector<PlacedCut> cuts;
    cuts.reserve(data.qoe.size());
    // Rows of each (receiver, sender) pair in file order, and the pair's largest cut index.
    std::map<std::pair<int, int>, std::vector<int>> rowsOfPair;
    std::map<std::pair<int, int>, int> maxCutIndex;
    for (const auto& q : data.qoe) {
        PlacedCut cut;
        cut.receiverIndex = indexOf(users, q.receiver);
        cut.senderIndex = indexOf(users, UserKey{q.receiver.session, q.sender});
        cut.cutIndex = q.cutIndex;
        cut.vmaf = q.vmaf * kScoreScale;
        cut.visqol = q.visqol * kScoreScale;
        if (cut.receiverIndex >= 0 && cut.senderIndex >= 0) {
            const std::pair<int, int> pair{cut.receiverIndex, cut.senderIndex};
            rowsOfPair[pair].push_back(static_cast<int>(cuts.size()));
            auto [it, inserted] = maxCutIndex.try_emplace(pair, q.cutIndex);
            if (!inserted)
                it->second = std::max(it->second, q.cutIndex);
        }
        cuts.push_back(cut);
    }
    for (const auto& [pair, rows] : rowsOfPair) {
        auto spans = intersections.find(pair);
        if (spans == intersections.end() || spans->second.empty())
            continue;
        double total = 0;
        for (const auto& s : spans->second)
            total += s.end - s.start;
        placeFragments(cuts, rows, spans->second, total / (maxCutIndex.at(pair) + 1));
    }
    return cuts;
}

std::vector<QoePiece> meanOfOverlaps(std::vector<QoePiece> fragments)
{
    std::stable_sort(fragments.begin(), fragments.end(),
                     [](const QoePiece& a, const QoePiece& b) { return a.start < b.start; });
    std::vector<double> times;
    for (const auto& f : fragments) {
        times.push_back(f.start);
        times.push_back(f.end);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());

    std::vector<QoePiece> pieces;
    // Fragments sorted by start: those overlapping [s, e) start before e; a sweep keeps it near-linear.
    for (std::size_t k = 0; k + 1 < times.size(); ++k) {
        const double s = times[k], e = times[k + 1];
        double sum = 0;
        int count = 0;
        for (const auto& f : fragments) {
            if (f.start >= e)
                break;
            if (f.end > s) {
                sum += f.value;
                ++count;
            }
        }
        if (count > 0)
            pieces.push_back({s, e, sum / count});
    }
    return pieces;
}

std::vector<QoePiece> qoeSubIntervals(const std::vector<PlacedCut>& cuts, int receiverIndex, QoeMetric metric,
                                      AnalysisMode mode)
{
    std::vector<QoePiece> fragments;
    for (const auto& c : cuts) {
        if (c.receiverIndex != receiverIndex || std::isnan(c.start))
            continue;
        const double value = metric == QoeMetric::Vmaf ? c.vmaf : c.visqol;
        if (mode == AnalysisMode::Corrected && (std::isnan(value) || value < 0))
            continue; // a failed ViSQOL (-0.25 × 5) is no score
        fragments.push_back({roundTo5Decimals(c.start), roundTo5Decimals(c.end), value});
    }
    return meanOfOverlaps(std::move(fragments));
}

} // namespace loadscope
