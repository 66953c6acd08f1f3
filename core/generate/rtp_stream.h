#pragma once
// One RTP stream (one SSRC) of a peer connection: cumulative counters advanced poll by poll under the media node's
// load, written as the RTCStats reports a browser gives for it (inbound-rtp / outbound-rtp on its own side,
// remote-inbound-rtp / remote-outbound-rtp from the other side's RTCP).
#include "core/generate/json_object.h"
#include "core/generate/random_stream.h"

#include <cstdint>
#include <string>

namespace loadscope::generate {

enum class MediaKind { Audio, Video };

class RtpStream {
public:
    RtpStream(MediaKind kind, TimeNs start, RandomStream& random);

    // The media of (previous poll or start, t], with loss, jitter and frame rate degraded by `overload` (0..1).
    void advance(TimeNs t, double overload, RandomStream& random);

    void writeInbound(OutputFile& out, RandomStream& random) const;
    void writeOutbound(OutputFile& out) const;
    void writeRemoteInbound(OutputFile& out) const;
    void writeRemoteOutbound(OutputFile& out) const;

private:
    bool isVideo() const { return kind_ == MediaKind::Video; }
    void writeIdentity(JsonObject& report, std::string_view type, std::string_view idPrefix) const;
    void writeRates(JsonObject& report) const;
    void writeCodec(JsonObject& report) const;

    MediaKind kind_;
    std::uint32_t ssrc_;
    std::string trackId_;
    double baseRtt_;
    TimeNs lastTime_ = kNoTime;
    // Rates over the last poll interval; absent on the stream's first sample (the library has no previous one).
    bool hasRates_ = false;
    double bitrate_ = 0, packetRate_ = 0;
    long long packets_ = 0, bytes_ = 0, headerBytes_ = 0, lost_ = 0, nacks_ = 0, plis_ = 0, firs_ = 0;
    long long retransmittedPackets_ = 0, retransmittedBytes_ = 0;
    double jitter_ = 0, roundTripTime_ = 0, totalRoundTripTime_ = 0, fractionLost_ = 0;
    long long roundTripTimeMeasurements_ = 0;
    // video
    long long frames_ = 0, keyFrames_ = 0, framesDropped_ = 0, qpSum_ = 0, freezeCount_ = 0, hugeFrames_ = 0;
    int framesPerSecond_ = 0, frameWidth_ = 640, frameHeight_ = 480;
    double totalDecodeTime_ = 0, totalEncodeTime_ = 0, totalInterFrameDelay_ = 0, totalSquaredInterFrameDelay_ = 0;
    double totalFreezesDuration_ = 0, totalPacketSendDelay_ = 0, cpuLimitedSeconds_ = 0, unlimitedSeconds_ = 0;
    // audio
    long long samplesReceived_ = 0, concealedSamples_ = 0, silentConcealedSamples_ = 0, concealmentEvents_ = 0;
    double audioLevel_ = 0, totalAudioEnergy_ = 0, totalSamplesDuration_ = 0;
    // both
    double jitterBufferDelay_ = 0;
    long long jitterBufferEmitted_ = 0;
};

} // namespace loadscope::generate
