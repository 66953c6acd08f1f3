#include "core/generate/file_writers.h"

#include "core/generate/media_node_model.h"
#include "core/generate/results_paths.h"
#include "core/load/results_layout.h"
#include "core/generate/rtp_stream.h"

#include <cmath>
#include <optional>

namespace loadscope::generate {

namespace {

constexpr double kPollSeconds = 2.0; // a record every 2 s (two polls, 1 s apart)

struct MediaPair { // the audio and the video stream of one published or received feed
    MediaPair(TimeNs start, RandomStream& random)
        : audio(MediaKind::Audio, start, random), video(MediaKind::Video, start, random)
    {
    }
    void advance(TimeNs t, double overload, RandomStream& random)
    {
        audio.advance(t, overload, random);
        video.advance(t, overload, random);
    }
    RtpStream audio, video;
};

class StatsFileWriter {
public:
    StatsFileWriter(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& user,
                    const std::vector<RemoteStream>& received)
        : test_(test), user_(user), received_(received), random_(streamKey(user.key, {kStatsStream})),
          out_(userFolder(root, test, user) / layout::kStatsFile), published_(user.attempts.size()),
          receivedMedia_(received.size()),
          recordTail_("\"" + std::string(test.layout == ResultsLayout::Year2026 ? "@timestamp" : "timestamp") +
                      "\":\""),
          userTail_("\",\"user\":\"" + participantName(user.user) + "\",\"session\":\"" + sessionName(user.session) +
                    "\"}")
    {
    }

    std::uint64_t write()
    {
        out_.put('[');
        TimeNs last = kNoTime;
        for (const auto& a : user_.attempts)
            if (a.everConnected())
                last = std::max(last, a.end);
        if (last != kNoTime) {
            const TimeNs first = user_.attempts.front().start + secondsToNs(random_.between(1.5, 2.0));
            for (TimeNs t = first; t < last; t += secondsToNs(kPollSeconds) + random_.below(15) * 1'000'000)
                if (const int attempt = activeAttempt(t); attempt >= 0)
                    writeRecord(t, static_cast<std::size_t>(attempt));
        }
        out_.put(']');
        out_.close();
        return out_.bytesWritten();
    }

private:
    int activeAttempt(TimeNs t) const
    {
        for (std::size_t i = 0; i < user_.attempts.size(); ++i) {
            const auto& a = user_.attempts[i];
            if (a.everConnected() && a.connected <= t && t < a.end)
                return static_cast<int>(i);
        }
        return -1;
    }

    void separator()
    {
        if (!firstInArray_)
            out_.put(',');
        firstInArray_ = false;
    }

    void writeRecord(TimeNs t, std::size_t attempt)
    {
        const double load = overload(test_.cpuAt(t));
        if (recordsWritten_++ > 0)
            out_.put(',');
        out_.text("{\"webrtcStats\":[");
        firstInArray_ = true;
        if (user_.publisher) {
            auto& media = published_[attempt];
            if (!media)
                media.emplace(user_.attempts[attempt].connected, random_);
            media->advance(t, load, random_);
            const auto& a = user_.attempts[attempt];
            const bool liveKit = test_.spec.usesLiveKitEvents();
            writePublished(t, liveKit ? a.connectionId : participantName(user_.user), liveKit ? "outbound" : a.streamId,
                           *media, load);
        }
        for (std::size_t i = 0; i < received_.size(); ++i) {
            const RemoteStream& rs = received_[i];
            if (t < rs.begin + kNsPerSecond / 2 || t >= rs.end)
                continue;
            auto& media = receivedMedia_[i];
            if (!media)
                media.emplace(rs.begin, random_);
            media->advance(t, load, random_);
            const auto& theirs = rs.publisher->attempts[rs.publisherAttempt];
            const bool liveKit = test_.spec.usesLiveKitEvents();
            writeReceived(t, liveKit ? theirs.connectionId : participantName(rs.publisher->user),
                          liveKit ? "inbound" : theirs.streamId, *media, load);
        }
        writeNetworkScores(load);
        out_.text("],").text(recordTail_).time(t, ClockText::IsoUtc).text(userTail_);
    }

    void beginEntry(std::string_view peerId, std::string_view connectionId)
    {
        separator();
        out_.text("{\"event\":\"stats\",\"tag\":\"stats\",\"peerId\":\"")
            .text(peerId)
            .text("\",\"connectionId\":\"")
            .text(connectionId)
            .text("\",\"timeTaken\":")
            .integer(1 + random_.below(6));
        out_.text(",\"data\":{");
    }

    void endEntry(TimeNs t, double load, bool sending)
    {
        out_.text(",\"connection\":{\"currentRoundTripTime\":")
            .number(std::round((0.004 + 0.1 * load * load + 0.004 * random_.uniform()) * 1000.0) / 1000.0)
            .text(sending ? ",\"availableOutgoingBitrate\":" : ",\"availableIncomingBitrate\":")
            .integer(static_cast<long long>(2'500'000 * (1.0 - 0.5 * load)) - random_.below(200'000))
            .text(",\"local\":{},\"remote\":{}}");
        out_.text("},\"timestamp\":\"").time(t + random_.below(5) * 1'000'000, ClockText::IsoUtc).text("\"}");
    }

    void writePublished(TimeNs t, std::string_view peerId, std::string_view connectionId, const MediaPair& media,
                        double load)
    {
        beginEntry(peerId, connectionId);
        out_.text("\"audio\":{\"inbound\":[],\"outbound\":[");
        media.audio.writeOutbound(out_);
        out_.text("]},\"video\":{\"inbound\":[],\"outbound\":[");
        media.video.writeOutbound(out_);
        out_.text("]},\"remote\":{\"audio\":{\"inbound\":[");
        media.audio.writeRemoteInbound(out_);
        out_.text("],\"outbound\":[]},\"video\":{\"inbound\":[");
        media.video.writeRemoteInbound(out_);
        out_.text("],\"outbound\":[]}}");
        endEntry(t, load, true);
    }

    void writeReceived(TimeNs t, std::string_view peerId, std::string_view connectionId, const MediaPair& media,
                       double load)
    {
        beginEntry(peerId, connectionId);
        out_.text("\"audio\":{\"inbound\":[");
        media.audio.writeInbound(out_, random_);
        out_.text("],\"outbound\":[]},\"video\":{\"inbound\":[");
        media.video.writeInbound(out_, random_);
        out_.text("],\"outbound\":[]},\"remote\":{\"audio\":{\"inbound\":[],\"outbound\":[");
        media.audio.writeRemoteOutbound(out_);
        out_.text("]},\"video\":{\"inbound\":[],\"outbound\":[]}}");
        endEntry(t, load, false);
    }

    // The library's network scores and, under load, an issue object: not stats, the readers must skip them.
    void writeNetworkScores(double load)
    {
        const auto score = [&](double noise) { return std::round((4.6 - 3.0 * load + noise) * 10.0) / 10.0; };
        separator();
        out_.text("{\"outbound\":")
            .number(score(0.3 * random_.bell()))
            .text(",\"inbound\":")
            .number(score(0.3 * random_.bell()))
            .text(",\"statsSamples\":{}}");
        if (load > 0.3 && random_.chance(0.3)) {
            separator();
            out_.text("{\"statsSample\":{\"packetLoss\":")
                .number(std::round(load * load * 50.0) / 10.0)
                .text("},\"type\":\"network\",\"reason\":\"inbound-network-quality\"}");
        }
    }

    const SimulatedTest& test_;
    const SimulatedUser& user_;
    const std::vector<RemoteStream>& received_;
    RandomStream random_;
    OutputFile out_;
    std::vector<std::optional<MediaPair>> published_;
    std::vector<std::optional<MediaPair>> receivedMedia_;
    const std::string recordTail_;
    const std::string userTail_;
    std::size_t recordsWritten_ = 0;
    bool firstInArray_ = true;
};

} // namespace

WrittenFiles writeStats(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& user,
                        const std::vector<RemoteStream>& received)
{
    return {1, StatsFileWriter(root, test, user, received).write()};
}

} // namespace loadscope::generate
