#include "ui/timeline/timeline_rows.h"

#include "core/analysis/worker_counts.h"
#include "ui/plot/colour_map.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace loadscope {

namespace {

// A reconnection covers the connected period's values but not a failure or a new attempt.
enum Layer { kConnectedLayer = 0, kMetricLayer = 1, kReconnectingLayer = 2, kGapLayer = 3, kLayerCount = 4 };

double weightedMean(const std::vector<TimelineSpan>& spans)
{
    double sum = 0, weight = 0;
    for (const auto& s : spans)
        if (s.state == SpanState::Metric && !std::isnan(s.value)) {
            sum += s.value * (s.end - s.start);
            weight += s.end - s.start;
        }
    return weight > 0 ? sum / weight : kNaN;
}

} // namespace

QString spanStateName(SpanState state)
{
    switch (state) {
    case SpanState::Connecting: return QStringLiteral("connecting");
    case SpanState::ConnectedNoData: return QStringLiteral("connected, no data");
    case SpanState::Failed: return QStringLiteral("failed");
    case SpanState::Reconnecting: return QStringLiteral("reconnecting");
    case SpanState::Metric: return QStringLiteral("connected");
    }
    return {};
}

std::vector<TimelineSpan> flattenSpans(const std::vector<LayeredSpan>& painted)
{
    struct Edge {
        double at;
        bool opens;
        int span;
    };
    std::vector<Edge> edges;
    edges.reserve(painted.size() * 2);
    for (std::size_t i = 0; i < painted.size(); ++i) {
        const auto& s = painted[i].span;
        if (!(s.end > s.start)) // empty or NaN: nothing to see
            continue;
        edges.push_back({s.start, true, static_cast<int>(i)});
        edges.push_back({s.end, false, static_cast<int>(i)});
    }
    std::sort(edges.begin(), edges.end(),
              [](const Edge& a, const Edge& b) { return a.at < b.at || (a.at == b.at && !a.opens && b.opens); });
    std::array<std::set<int>, kLayerCount> active;
    std::vector<TimelineSpan> out;
    int lastTop = -1;
    for (std::size_t e = 0; e < edges.size();) {
        const double at = edges[e].at;
        for (; e < edges.size() && edges[e].at == at; ++e) {
            const int layer = std::clamp(painted[static_cast<std::size_t>(edges[e].span)].layer, 0, kLayerCount - 1);
            auto& set = active[static_cast<std::size_t>(layer)];
            if (edges[e].opens)
                set.insert(edges[e].span);
            else
                set.erase(edges[e].span);
        }
        if (e == edges.size())
            break;
        int top = -1;
        for (int layer = kLayerCount - 1; layer >= 0 && top < 0; --layer)
            if (!active[static_cast<std::size_t>(layer)].empty())
                top = *active[static_cast<std::size_t>(layer)].rbegin();
        const double next = edges[e].at;
        if (top < 0) {
            lastTop = -1;
            continue;
        }
        if (top == lastTop && !out.empty() && out.back().end == at) {
            out.back().end = next;
        } else {
            TimelineSpan piece = painted[static_cast<std::size_t>(top)].span;
            piece.start = at;
            piece.end = next;
            out.push_back(piece);
        }
        lastTop = top;
    }
    return out;
}

std::vector<TimelineRow> buildTimelineRows(const TestAnalysis& analysis, const TimelineMetric& metric,
                                           const std::vector<QosSeries>* qos)
{
    std::vector<std::vector<LayeredSpan>> painted(analysis.users.size());
    auto add = [&](int user, double start, double end, SpanState state, double value, QRgb colour, int layer) {
        if (user >= 0 && static_cast<std::size_t>(user) < painted.size())
            painted[static_cast<std::size_t>(user)].push_back(
                {{start, end, state, value, colour, state == SpanState::Metric ? start : kNaN}, layer});
    };
    for (const Segment& s : analysis.segments) {
        switch (s.type) {
        case SegmentType::ConnectionSuccess:
            add(s.userIndex, s.start, s.end, SpanState::ConnectedNoData, kNaN, kConnectedNoDataColour, kConnectedLayer);
            break;
        case SegmentType::ConnectionStart:
            add(s.userIndex, s.start, s.end, SpanState::Connecting, kNaN, kConnectingColour, kGapLayer);
            break;
        case SegmentType::ConnectionFail:
            add(s.userIndex, s.start, s.end, SpanState::Failed, kNaN, kFailedColour, kGapLayer);
            break;
        case SegmentType::Reconnecting:
            add(s.userIndex, s.start, s.end, SpanState::Reconnecting, kNaN, kReconnectingColour, kReconnectingLayer);
            break;
        case SegmentType::Qoe:
            if (metric.isQoe() && s.metric == metric.qoeMetric())
                add(s.userIndex, s.start, s.end, SpanState::Metric, s.qoe, metric.colourOf(s.qoe), kMetricLayer);
            break;
        }
    }
    if (!metric.isQoe() && qos) {
        for (std::size_t u = 0; u < qos->size() && u < painted.size(); ++u)
            for (const QosInterval& q : (*qos)[u])
                add(static_cast<int>(u), q.start, q.end, SpanState::Metric, q.value, metric.colourOf(q.value),
                    kMetricLayer);
    }

    std::vector<TimelineRow> rows;
    rows.reserve(analysis.users.size());
    for (std::size_t u = 0; u < analysis.users.size(); ++u) {
        const UserTimeline& user = analysis.users[u];
        TimelineRow row;
        row.userIndex = static_cast<int>(u);
        row.label = QStringLiteral("%1-%2").arg(user.key.user).arg(user.key.session);
        row.session = user.key.session;
        row.publisher = user.publisher;
        row.worker = QString::fromStdString(workerOf(analysis, static_cast<int>(u)));
        for (const CombinedEvent& e : user.combined)
            if (e.kind == CombinedKind::Fail && !e.recoverable()) {
                row.firstFailure = e.time;
                break;
            }
        row.spans = flattenSpans(painted[u]);
        row.meanValue = weightedMean(row.spans);
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace loadscope
