#pragma once
// The LiveKit browser-emulator registers two `TrackUnsubscribed` handlers (results-format.md, "events.json
// details"), so each unsubscription is written twice: once with `trackInfo`, then once without, with the same
// `connectionId` (the remote participant's sid) and `remoteUser`. The loaded events keep both copies (the notebook
// reads them, and its row labels count them); every count of what happened counts one.
#include "core/model/results.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace loadscope {

// For time-sorted `events`: true at each second copy of a doubled `TrackUnsubscribed` (the one without
// `trackInfo`, when a copy with `trackInfo` for the same connectionId and remoteUser lies within a second of it
// and is not already paired). A lone copy of either kind is not a second copy.
std::vector<bool> doubledUnsubscriptionCopies(const std::vector<Event>& events);

// How many events named `event` happened: those of `events` minus the second copies.
std::size_t countEvents(const std::vector<Event>& events, std::string_view event);

} // namespace loadscope
