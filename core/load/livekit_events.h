#pragma once
// LiveKit events whose `participant` the browser-emulator overwrites (results-format.md, "events.json details"):
// `ConnectionQualityChanged`, `ParticipantDisconnected` and `TrackStreamStateChanged` carry a `participant` key
// that the emulator's connector replaces with the local user, so the participant they are about survives only as
// `participantSid`. The reader makes that sid the event's `connectionId` (LiveKit's connection ids are participant
// sids), so they are attributed as the other LiveKit events are. The doubled `TrackUnsubscribed` is told apart in
// core/analysis/doubled_unsubscriptions.h (the notebook counts both copies, so the loaded events keep them).
#include "core/model/results.h"

#include <string_view>

namespace loadscope {

// True for the three events whose `participant` the emulator overwrites.
bool hasOverwrittenParticipant(std::string_view event);

// Attributes such an event to `participantSid` (its connectionId when it has none); others are left as they are.
void attributeThroughParticipantSid(Event& event, std::string_view participantSid);

} // namespace loadscope
