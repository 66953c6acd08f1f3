#include "core/generate/rtp_stream.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace loadscope::generate {

namespace {

double roundTo(double value, double steps)
{
    return std::round(value * steps) / steps;
}

std::string uuidLike(RandomStream& random)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            id += '-';
        id += kHex[random.below(16)];
    }
    return id;
}

} // namespace

RtpStream::RtpStream(MediaKind kind, TimeNs start, RandomStream& random)
    : kind_(kind), ssrc_(static_cast<std::uint32_t>(random.next() >> 32)), trackId_(uuidLike(random)),
      baseRtt_(random.between(0.008, 0.03)), lastTime_(start)
{
}

void RtpStream::advance(TimeNs t, double overload, RandomStream& random)
{
    const double dt = std::max(0.02, static_cast<double>(t - lastTime_) / 1e9);
    const long long bytesBefore = bytes_, packetsBefore = packets_;
    const bool first = packets_ == 0;
    long long newPackets, newBytes;
    if (isVideo()) {
        const double bitsPerSecond = 850e3 * (1.0 - 0.45 * overload) * (1.0 + 0.06 * random.bell());
        newBytes = std::llround(bitsPerSecond * dt / 8.0);
        newPackets = newBytes / 1130 + 1;
    } else {
        newPackets = std::max<long long>(1, std::llround(50.0 * dt * (1.0 + 0.01 * random.bell())));
        newBytes = newPackets * (88 + random.below(24));
    }
    const double lossFraction = 0.0004 + 0.05 * overload * overload;
    long long newLost = std::llround(static_cast<double>(newPackets) * lossFraction * random.between(0.3, 1.7));
    if (random.chance(0.01))
        --newLost; // duplicates make the cumulative count go down: packetsLost is signed
    packets_ += newPackets;
    bytes_ += newBytes;
    headerBytes_ += newPackets * (isVideo() ? 24 : 12);
    lost_ += newLost;
    nacks_ += std::max<long long>(0, newLost) * (isVideo() ? 1 : 0);
    retransmittedPackets_ += isVideo() ? std::max<long long>(0, newLost) : 0;
    retransmittedBytes_ = retransmittedPackets_ * 1100;
    jitter_ = roundTo((isVideo() ? 0.004 : 0.0015) + 0.04 * overload + 0.002 * std::abs(random.bell()), 1000.0);
    roundTripTime_ = roundTo(baseRtt_ + 0.15 * overload * overload + 0.003 * random.uniform(), 1000.0);
    totalRoundTripTime_ += roundTripTime_;
    ++roundTripTimeMeasurements_;
    fractionLost_ = std::clamp(std::floor(lossFraction * 256.0 * random.between(0.0, 2.0)) / 256.0, 0.0, 1.0);
    if (isVideo()) {
        framesPerSecond_ = static_cast<int>(
            std::clamp(std::round(30.0 - 12.0 * overload + 0.8 * random.bell()), 1.0, 30.0));
        const long long newFrames = std::llround(framesPerSecond_ * dt);
        frames_ += newFrames;
        keyFrames_ += (first || random.chance(0.02 + 0.1 * overload)) ? 1 : 0;
        plis_ += random.chance(0.05 + 0.3 * overload) ? 1 : 0;
        firs_ += random.chance(0.002) ? 1 : 0;
        framesDropped_ += std::llround(static_cast<double>(newFrames) * 0.03 * overload * random.uniform());
        qpSum_ += std::llround(static_cast<double>(newFrames) * (26.0 + 12.0 * overload + random.between(0.0, 4.0)));
        totalDecodeTime_ += static_cast<double>(newFrames) * 0.0021 * (1.0 + 2.0 * overload);
        totalEncodeTime_ += static_cast<double>(newFrames) * 0.0034 * (1.0 + 1.5 * overload);
        totalInterFrameDelay_ += static_cast<double>(newFrames) / framesPerSecond_;
        totalSquaredInterFrameDelay_ += static_cast<double>(newFrames) / (framesPerSecond_ * framesPerSecond_);
        totalPacketSendDelay_ += static_cast<double>(newPackets) * (0.002 + 0.01 * overload);
        hugeFrames_ += random.chance(0.01) ? 1 : 0;
        if (overload > 0.5 && random.chance(0.1 * overload)) {
            ++freezeCount_;
            totalFreezesDuration_ += random.between(0.15, 1.2);
        }
        const bool cpuLimited = overload > 0.6;
        (cpuLimited ? cpuLimitedSeconds_ : unlimitedSeconds_) += dt;
        frameWidth_ = cpuLimited ? 480 : 640;
        frameHeight_ = cpuLimited ? 360 : 480;
        jitterBufferDelay_ += static_cast<double>(newFrames) * (0.03 + 0.1 * overload);
        jitterBufferEmitted_ += newFrames;
    } else {
        const long long newSamples = std::llround(48000.0 * dt);
        samplesReceived_ += newSamples;
        const long long concealed = std::llround(static_cast<double>(newSamples) * lossFraction * 2.0);
        concealedSamples_ += concealed;
        silentConcealedSamples_ += concealed / 3;
        concealmentEvents_ += concealed > 0 ? 1 + random.below(3) : 0;
        audioLevel_ = roundTo(random.between(0.0, 0.3), 1e6);
        totalAudioEnergy_ += audioLevel_ * audioLevel_ * dt;
        totalSamplesDuration_ += dt;
        jitterBufferDelay_ += static_cast<double>(newSamples) * (0.02 + 0.08 * overload);
        jitterBufferEmitted_ += newSamples;
    }
    hasRates_ = !first;
    if (hasRates_) {
        bitrate_ = static_cast<double>(bytes_ - bytesBefore) * 8.0 / dt;
        // The library reused its bitrate function for packets: 8x packets per second.
        packetRate_ = static_cast<double>(packets_ - packetsBefore) * 8.0 / dt;
        if (random.chance(0.002))
            bitrate_ = std::numeric_limits<double>::quiet_NaN(); // written as null, as the library does
    }
    lastTime_ = t;
}

void RtpStream::writeIdentity(JsonObject& report, std::string_view type, std::string_view idPrefix) const
{
    report.string("id", std::string(idPrefix) + (isVideo() ? "V" : "A") + std::to_string(ssrc_))
        .epochMs("timestamp", lastTime_)
        .string("type", type)
        .string("codecId", isVideo() ? "CIT01_96" : "CIT01_111_minptime=10;useinbandfec=1")
        .string("kind", isVideo() ? "video" : "audio")
        .integer("ssrc", ssrc_)
        .string("transportId", "T01");
}

void RtpStream::writeRates(JsonObject& report) const
{
    if (!hasRates_)
        return;
    report.number("bitrate", bitrate_).number("packetRate", packetRate_);
}

void RtpStream::writeCodec(JsonObject& report) const
{
    report.integer("clockRate", isVideo() ? 90000 : 48000)
        .string("mimeType", isVideo() ? "video/VP8" : "audio/opus")
        .integer("payloadType", isVideo() ? 96 : 111);
}

void RtpStream::writeInbound(OutputFile& out, RandomStream& random) const
{
    JsonObject r(out);
    writeIdentity(r, "inbound-rtp", "IT01");
    r.string("mid", isVideo() ? "1" : "0")
        .string("trackIdentifier", trackId_)
        .number("jitter", jitter_)
        .integer("packetsLost", lost_)
        .integer("packetsReceived", packets_)
        .integer("packetsDiscarded", 0)
        .integer("bytesReceived", bytes_)
        .integer("headerBytesReceived", headerBytes_)
        .epochMs("lastPacketReceivedTimestamp", lastTime_ - random.below(20) * 1'000'000)
        .number("jitterBufferDelay", roundTo(jitterBufferDelay_, 1e3))
        .number("jitterBufferTargetDelay", roundTo(jitterBufferDelay_ * 1.1, 1e3))
        .integer("jitterBufferEmittedCount", jitterBufferEmitted_)
        .integer("nackCount", nacks_);
    if (isVideo()) {
        r.integer("framesReceived", frames_ + framesDropped_)
            .integer("framesDecoded", frames_)
            .integer("keyFramesDecoded", keyFrames_)
            .integer("framesDropped", framesDropped_)
            .integer("frameWidth", frameWidth_)
            .integer("frameHeight", frameHeight_)
            .integer("framesPerSecond", framesPerSecond_)
            .integer("qpSum", qpSum_)
            .number("totalDecodeTime", roundTo(totalDecodeTime_, 1e6))
            .number("totalInterFrameDelay", roundTo(totalInterFrameDelay_, 1e6))
            .number("totalSquaredInterFrameDelay", roundTo(totalSquaredInterFrameDelay_, 1e6))
            .integer("freezeCount", freezeCount_)
            .number("totalFreezesDuration", roundTo(totalFreezesDuration_, 1e3))
            .integer("pliCount", plis_)
            .string("decoderImplementation", "libvpx");
    } else {
        r.integer("totalSamplesReceived", samplesReceived_)
            .integer("concealedSamples", concealedSamples_)
            .integer("silentConcealedSamples", silentConcealedSamples_)
            .integer("concealmentEvents", concealmentEvents_)
            .integer("insertedSamplesForDeceleration", concealedSamples_ / 4)
            .integer("removedSamplesForAcceleration", concealedSamples_ / 5)
            .number("audioLevel", audioLevel_)
            .number("totalAudioEnergy", roundTo(totalAudioEnergy_, 1e6))
            .number("totalSamplesDuration", roundTo(totalSamplesDuration_, 1e3))
            .integer("fecPacketsReceived", packets_ / 40)
            .integer("fecPacketsDiscarded", packets_ / 400);
    }
    writeRates(r);
    writeCodec(r);
    r.close();
}

void RtpStream::writeOutbound(OutputFile& out) const
{
    JsonObject r(out);
    writeIdentity(r, "outbound-rtp", "OT01");
    r.string("mediaSourceId", isVideo() ? "SV2" : "SA1")
        .string("mid", isVideo() ? "1" : "0")
        .integer("packetsSent", packets_)
        .integer("bytesSent", bytes_)
        .integer("headerBytesSent", headerBytes_)
        .integer("retransmittedPacketsSent", retransmittedPackets_)
        .integer("retransmittedBytesSent", retransmittedBytes_)
        .integer("nackCount", nacks_)
        .number("totalPacketSendDelay", roundTo(totalPacketSendDelay_, 1e6))
        .integer("targetBitrate", isVideo() ? 850000 : 32000)
        .boolean("active", true);
    if (isVideo()) {
        r.integer("framesEncoded", frames_)
            .integer("keyFramesEncoded", keyFrames_)
            .integer("framesSent", frames_)
            .integer("hugeFramesSent", hugeFrames_)
            .integer("frameWidth", frameWidth_)
            .integer("frameHeight", frameHeight_)
            .integer("framesPerSecond", framesPerSecond_)
            .integer("qpSum", qpSum_)
            .number("totalEncodeTime", roundTo(totalEncodeTime_, 1e6))
            .integer("totalEncodedBytesTarget", bytes_ - headerBytes_)
            .string("qualityLimitationReason", frameWidth_ < 640 ? "cpu" : "none");
        r.nested("qualityLimitationDurations")
            .text("{\"bandwidth\":0,\"cpu\":")
            .number(roundTo(cpuLimitedSeconds_, 1e3))
            .text(",\"none\":")
            .number(roundTo(unlimitedSeconds_, 1e3))
            .text(",\"other\":0}");
        r.integer("qualityLimitationResolutionChanges", cpuLimitedSeconds_ > 0 ? 1 : 0)
            .integer("firCount", firs_)
            .integer("pliCount", plis_)
            .string("encoderImplementation", "libvpx")
            .string("scalabilityMode", "L1T1");
    }
    writeRates(r);
    writeCodec(r);
    r.close();
}

void RtpStream::writeRemoteInbound(OutputFile& out) const
{
    JsonObject r(out);
    writeIdentity(r, "remote-inbound-rtp", "RI");
    r.string("localId", std::string("OT01") + (isVideo() ? "V" : "A") + std::to_string(ssrc_))
        .number("jitter", jitter_)
        .integer("packetsLost", lost_)
        .integer("packetsReceived", std::max<long long>(1, packets_ - lost_))
        .number("fractionLost", fractionLost_)
        .number("roundTripTime", roundTripTime_)
        .number("totalRoundTripTime", roundTo(totalRoundTripTime_, 1e3))
        .integer("roundTripTimeMeasurements", roundTripTimeMeasurements_);
    writeCodec(r);
    r.close();
}

void RtpStream::writeRemoteOutbound(OutputFile& out) const
{
    JsonObject r(out);
    writeIdentity(r, "remote-outbound-rtp", "RO");
    r.string("localId", std::string("IT01") + (isVideo() ? "V" : "A") + std::to_string(ssrc_))
        .epochMs("remoteTimestamp", lastTime_ - 3'000'000)
        .integer("packetsSent", packets_ + std::max<long long>(0, lost_))
        .integer("bytesSent", bytes_)
        .integer("reportsSent", roundTripTimeMeasurements_)
        .number("totalRoundTripTime", roundTo(totalRoundTripTime_, 1e3))
        .integer("roundTripTimeMeasurements", roundTripTimeMeasurements_);
    writeCodec(r);
    r.close();
}

} // namespace loadscope::generate
