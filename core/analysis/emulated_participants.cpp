#include "core/analysis/emulated_participants.h"

#include <algorithm>

namespace loadscope {

bool isEmulatedParticipant(const UserEvents& user)
{
    return user.events.empty() && (!user.joins.empty() || !user.errors.empty());
}

int countEmulatedParticipants(const TestData& data)
{
    return static_cast<int>(std::count_if(data.users.begin(), data.users.end(), isEmulatedParticipant));
}

} // namespace loadscope
