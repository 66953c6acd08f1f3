#pragma once
// 2026 emulated (non-browser) participants (results-format.md, "Folders"): the browser-emulator creates their
// events.json and stats.json as `[]` and never fills them; only connections.json (their join record) and
// errors.json say they were there. They are listed as emulated participants, not as users whose data is missing.
#include "core/model/results.h"

namespace loadscope {

// No event at all, yet a join record or an error record: a participant without a browser.
bool isEmulatedParticipant(const UserEvents& user);

// How many of the test's users are emulated participants.
int countEmulatedParticipants(const TestData& data);

} // namespace loadscope
