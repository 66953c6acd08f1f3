#pragma once
// A small hand-built test for quality tables, shared by the CSV test and the Quality panel's tests.
// Users (session, user): (1,1) (1,2) (2,1).
// RTT  user 0: 0.1, 0.2 (audio), 0.3 (video); user 1: NaN and 0 (skipped); user 2: 20 (a loss), 0.05 (video).
// Jitter user 1: 0.01, 0.02.
#include "core/model/results.h"

#include <string>
#include <string_view>
#include <utility>

namespace loadscope::testing {

inline void addQualitySample(QosTable& table, int user, std::string_view metric, double value)
{
    table.addRow(user, 0, "peer");
    table.set(metric, value);
}

inline TestData handBuiltQualityTest(const std::string& name)
{
    TestData test;
    test.info.name = name;
    for (auto [session, user] : {std::pair{1, 1}, {1, 2}, {2, 1}})
        test.users.push_back(UserEvents{UserKey{session, user}, "", {}});
    QosTable& rttAudio = test.qos.at(Direction::RemoteInbound, MediaKind::Audio);
    addQualitySample(rttAudio, 0, "roundTripTime", 0.1);
    addQualitySample(rttAudio, 1, "packetsLost", 3); // a row without roundTripTime: NaN in that column
    addQualitySample(rttAudio, 0, "roundTripTime", 0.2);
    addQualitySample(rttAudio, 1, "roundTripTime", 0.0);
    QosTable& rttVideo = test.qos.at(Direction::RemoteInbound, MediaKind::Video);
    addQualitySample(rttVideo, 2, "roundTripTime", 20.0);
    addQualitySample(rttVideo, 0, "roundTripTime", 0.3);
    addQualitySample(rttVideo, 2, "roundTripTime", 0.05);
    QosTable& jitter = test.qos.at(Direction::Inbound, MediaKind::Audio);
    addQualitySample(jitter, 1, "jitter", 0.01);
    addQualitySample(jitter, 1, "jitter", 0.02);
    return test;
}

} // namespace loadscope::testing
