#include "core/analysis/doubled_unsubscriptions.h"

#include <string>
#include <string_view>

namespace loadscope {

namespace {

constexpr std::string_view kUnsubscribed = "TrackUnsubscribed";
constexpr TimeNs kPairWindow = kNsPerSecond; // both handlers run for the same room event

bool carriesTrackInfo(const Event& e)
{
    return e.raw.find("\"trackInfo\"") != std::string::npos;
}

// The value of `"remoteUser":"..."` as written ("" when absent); the writer never escapes user ids.
std::string_view remoteUserOf(const Event& e)
{
    constexpr std::string_view key = "\"remoteUser\":\"";
    const std::size_t at = e.raw.find(key);
    if (at == std::string::npos)
        return {};
    const std::size_t from = at + key.size();
    const std::size_t to = e.raw.find('"', from);
    return to == std::string::npos ? std::string_view{} : std::string_view(e.raw).substr(from, to - from);
}

bool firstCopyOf(const Event& copy, const Event& candidate)
{
    return candidate.event == kUnsubscribed && carriesTrackInfo(candidate) &&
           candidate.connectionId == copy.connectionId && remoteUserOf(candidate) == remoteUserOf(copy);
}

} // namespace

std::vector<bool> doubledUnsubscriptionCopies(const std::vector<Event>& events)
{
    std::vector<bool> second(events.size(), false), paired(events.size(), false);
    for (std::size_t i = 0; i < events.size(); ++i) {
        const Event& copy = events[i];
        if (copy.event != kUnsubscribed || carriesTrackInfo(copy))
            continue;
        // The nearest unpaired copy with trackInfo: before it (the handler written first), else after it.
        std::size_t found = events.size();
        for (std::size_t j = i; j-- > 0 && copy.time - events[j].time <= kPairWindow;)
            if (!paired[j] && firstCopyOf(copy, events[j])) {
                found = j;
                break;
            }
        for (std::size_t j = i + 1;
             found == events.size() && j < events.size() && events[j].time - copy.time <= kPairWindow; ++j)
            if (!paired[j] && firstCopyOf(copy, events[j]))
                found = j;
        if (found == events.size())
            continue;
        paired[found] = true;
        second[i] = true;
    }
    return second;
}

std::size_t countEvents(const std::vector<Event>& events, std::string_view event)
{
    const std::vector<bool> second = doubledUnsubscriptionCopies(events);
    std::size_t count = 0;
    for (std::size_t i = 0; i < events.size(); ++i)
        count += events[i].event == event && !second[i] ? 1 : 0;
    return count;
}

} // namespace loadscope
