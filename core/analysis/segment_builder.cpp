#include "core/analysis/segment_builder.h"

#include "core/analysis/qoe_placement.h"

#include <algorithm>
#include <cmath>

namespace loadscope {

namespace {

SegmentType typeOf(CombinedKind kind)
{
    switch (kind) {
    case CombinedKind::Start: return SegmentType::ConnectionStart;
    case CombinedKind::Success: return SegmentType::ConnectionSuccess;
    case CombinedKind::Fail: return SegmentType::ConnectionFail;
    }
    return SegmentType::ConnectionStart;
}

// The attempt number after failure `e`, given the one before: a log line says it, a notebook reconnect makes it
// NaN (the notebook's missing value), a Disconnected leaves it (the log's line for that attempt says it).
double attemptsAfter(const CombinedEvent& e, double before)
{
    switch (e.origin) {
    case FailureOrigin::LogLine: return static_cast<double>(e.attempts);
    case FailureOrigin::Reconnecting: return kNaN;
    case FailureOrigin::Disconnected: return before;
    }
    return before;
}

// Attempts of the latest failure at or before `time` (0 when none).
double attemptAt(const std::vector<CombinedEvent>& combined, double time)
{
    double attempt = 0;
    for (const auto& e : combined) {
        if (e.time > time)
            break;
        if (e.kind == CombinedKind::Fail)
            attempt = attemptsAfter(e, attempt);
    }
    return attempt;
}

class UserSegments {
public:
    UserSegments(const SegmentInputs& in, int userIndex, int batch, std::vector<Segment>& out)
        : in_(in), userIndex_(userIndex), batch_(batch), out_(out)
    {
    }

    void add(SegmentType type, double start, double end, double attempt, double qoe = kNaN,
             QoeMetric metric = QoeMetric::None)
    {
        Segment s;
        s.userIndex = userIndex_;
        s.type = type;
        s.start = start;
        s.end = end;
        s.attempt = attempt;
        s.batch = batch_;
        s.cpu = in_.cpu.stats(start, end);
        s.qoe = qoe;
        s.metric = metric;
        out_.push_back(s);
    }

private:
    const SegmentInputs& in_;
    int userIndex_, batch_;
    std::vector<Segment>& out_;
};

void notebookUserPass(const SegmentInputs& in, int u, int batch, QoeMetric metric, std::vector<Segment>& out)
{
    const UserTimeline& user = in.users[static_cast<std::size_t>(u)];
    UserSegments segments(in, u, batch, out);
    for (const auto& interval : user.connected)
        segments.add(SegmentType::ConnectionSuccess, interval.start, interval.end, 0);
    for (const auto& piece : qoeSubIntervals(in.cuts, u, metric, in.mode))
        segments.add(SegmentType::Qoe, piece.start, piece.end, 0, piece.value, metric);
    double attempt = 0;
    for (std::size_t k = 0; k < user.combined.size(); ++k) {
        const CombinedEvent& e = user.combined[k];
        if (e.kind == CombinedKind::Fail)
            attempt = attemptsAfter(e, attempt);
        const double end = k + 1 < user.combined.size() ? user.combined[k + 1].time : in.base.duration;
        segments.add(typeOf(e.kind), e.time, end, attempt);
    }
}

void correctedUser(const SegmentInputs& in, int u, int batch, std::vector<Segment>& out)
{
    const UserTimeline& user = in.users[static_cast<std::size_t>(u)];
    const double testEnd = in.base.clippedDuration;
    UserSegments segments(in, u, batch, out);
    for (const auto& interval : user.connected)
        if (interval.start < interval.end)
            segments.add(SegmentType::ConnectionSuccess, interval.start, interval.end,
                         attemptAt(user.combined, interval.start));
    for (QoeMetric metric : {QoeMetric::Vmaf, QoeMetric::Visqol})
        for (const auto& piece : qoeSubIntervals(in.cuts, u, metric, in.mode))
            segments.add(SegmentType::Qoe, piece.start, piece.end, attemptAt(user.combined, piece.start), piece.value,
                         metric);
    for (const auto& r : user.reconnections)
        segments.add(SegmentType::Reconnecting, r.start, r.end, attemptAt(user.combined, r.start));
    double attempt = 0;
    for (std::size_t k = 0; k < user.combined.size(); ++k) {
        const CombinedEvent& e = user.combined[k];
        if (e.kind == CombinedKind::Fail)
            attempt = attemptsAfter(e, attempt);
        if (e.kind == CombinedKind::Success)
            continue; // the connected intervals already hold these periods
        const double next = k + 1 < user.combined.size() ? user.combined[k + 1].time : testEnd;
        const double end = std::min(next, testEnd);
        if (e.time < end)
            segments.add(typeOf(e.kind), e.time, end, attempt);
    }
}

} // namespace

int batchOfUser(int ordinal, const std::optional<Batches>& batches)
{
    if (!batches || ordinal <= batches->startingParticipants)
        return 0;
    const int size = std::max(1, batches->batchSize);
    return (ordinal - batches->startingParticipants - 1) / size + 1;
}

std::vector<Segment> buildSegments(const SegmentInputs& in)
{
    std::vector<Segment> out;
    const auto users = static_cast<int>(in.users.size());
    auto forEachUser = [&](auto&& visit) {
        for (int u = 0; u < users; ++u)
            visit(u, in.users[static_cast<std::size_t>(u)].batch);
    };
    if (in.mode == AnalysisMode::NotebookCompatible) {
        for (QoeMetric metric : {QoeMetric::Vmaf, QoeMetric::Visqol})
            forEachUser([&](int u, int batch) { notebookUserPass(in, u, batch, metric, out); });
    } else {
        forEachUser([&](int u, int batch) { correctedUser(in, u, batch, out); });
    }
    return out;
}

} // namespace loadscope
