#include "core/load/livekit_events.h"

#include <array>

namespace loadscope {

bool hasOverwrittenParticipant(std::string_view event)
{
    static constexpr std::array<std::string_view, 3> kOverwritten{"ConnectionQualityChanged", "ParticipantDisconnected",
                                                                  "TrackStreamStateChanged"};
    for (const auto name : kOverwritten)
        if (event == name)
            return true;
    return false;
}

void attributeThroughParticipantSid(Event& event, std::string_view participantSid)
{
    if (!participantSid.empty() && event.connectionId.empty() && hasOverwrittenParticipant(event.event))
        event.connectionId.assign(participantSid);
}

} // namespace loadscope
