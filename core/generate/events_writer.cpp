#include "core/generate/file_writers.h"

#include "core/generate/output_file.h"
#include "core/generate/random_stream.h"
#include "core/generate/results_paths.h"
#include "core/load/results_layout.h"

#include <algorithm>
#include <utility>

namespace loadscope::generate {

namespace {

struct PendingEvent {
    TimeNs time;
    std::string body; // the fields before participant / session / timestamp
};

// Collects one user's events in any order; they are written sorted by time, as the browser emulator appended them.
class EventList {
public:
    explicit EventList(std::uint64_t key) : random(key) {}

    void add(TimeNs time, std::string_view event, std::string_view connection = {}, std::string_view connectionId = {},
             std::string_view extra = {})
    {
        std::string body = "\"event\":\"" + std::string(event) + '"';
        if (!connection.empty())
            body += ",\"connection\":\"" + std::string(connection) + '"';
        if (!connectionId.empty())
            body += ",\"connectionId\":\"" + std::string(connectionId) + '"';
        if (!extra.empty())
            body += "," + std::string(extra);
        events.push_back({time, std::move(body)});
    }
    void addBody(TimeNs time, std::string body) { events.push_back({time, std::move(body)}); }
    TimeNs after(TimeNs t, double low, double high) { return t + secondsToNs(random.between(low, high)); }

    std::vector<PendingEvent> events;
    RandomStream random;
};

std::string field(std::string_view name, std::string_view value)
{
    return '"' + std::string(name) + "\":\"" + std::string(value) + '"';
}

// LiveKit's track events as app.js sends them: event, connectionId (the remote participant's sid), connection,
// the `trackInfo` object when the handler builds one, remoteUser.
std::string trackEventBody(std::string_view event, std::string_view sid, std::string_view kind, bool withTrackInfo,
                           const std::string& remoteUser, int session)
{
    std::string body = field("event", event) + "," + field("connectionId", sid) + ",\"connection\":\"remote\"";
    if (withTrackInfo)
        body += ",\"trackInfo\":{\"track\":{" + field("kind", kind) + "},\"participantId\":\"" + remoteUser + "\"," +
                field("sessionId", sessionName(session)) + "," + field("type", kind) +
                ",\"videoHeight\":\"480\",\"videoWidth\":\"640\",\"isLocal\":false}";
    return body + "," + field("remoteUser", remoteUser);
}

// An event whose own `participant` key the connector overwrites in place with the local user: the participant it
// is about survives as `participantSid` (ConnectionQualityChanged, ParticipantDisconnected, TrackStreamStateChanged).
std::string overwrittenParticipantBody(std::string_view event, std::string_view before, const SimulatedUser& user,
                                       std::string_view sid)
{
    std::string body = field("event", event);
    if (!before.empty())
        body += "," + std::string(before);
    return body + "," + field("participant", participantName(user.user)) + "," + field("participantSid", sid);
}

// Publishers speak now and then while connected (OpenVidu 2 emits the speaking events locally).
void addSpeaking(EventList& list, const ConnectionAttempt& a)
{
    for (TimeNs t = list.after(a.connected, 3.0, 20.0); t < a.end; t = list.after(t, 20.0, 60.0)) {
        list.add(t, "publisherStartSpeaking", "local", a.connectionId, field("streamId", a.streamId));
        const TimeNs stop = list.after(t, 2.0, 8.0);
        if (stop < a.end)
            list.add(stop, "publisherStopSpeaking", "local", a.connectionId, field("streamId", a.streamId));
    }
}

void addOpenViduAttempt(EventList& list, const SimulatedTest& test, const SimulatedUser& user,
                        const ConnectionAttempt& a)
{
    list.add(a.start, "connectionStart");
    if (!a.everConnected()) {
        const TimeNs giveUp = a.end - secondsToNs(0.5);
        if (list.random.chance(0.6))
            list.add(list.after(a.start, 0.1, 0.4), "connectionCreated", "local", a.connectionId);
        if (giveUp > a.start)
            list.add(giveUp, "exception", "", "",
                     field("name", "ICE_CONNECTION_FAILED") + "," +
                         field("message", "IceConnectionState of the stream changed to failed"));
        return;
    }
    const TimeNs half = a.start + (a.connected - a.start) / 2;
    list.add(half, "connectionCreated", "local", a.connectionId);
    if (user.publisher) {
        list.add(half + secondsToNs(0.05), "accessAllowed", "local", a.connectionId);
        list.add(a.connected, "streamCreated", "local", a.streamId);
        const TimeNs playing = list.after(a.connected, 0.2, 0.8);
        if (playing < a.end)
            list.add(playing, "streamPlaying", "local", a.streamId);
        list.add(a.connected + secondsToNs(0.01), "connectedPublisher", "local", a.connectionId);
        addSpeaking(list, a);
    }
    switch (a.outcome) {
    case AttemptOutcome::Dropped:
    case AttemptOutcome::MediaNodeCrashed:
        list.add(a.end, "exception", "", "",
                 field("name", "ICE_CONNECTION_DISCONNECTED") + "," +
                     field("message", "IceConnectionState of the stream changed to disconnected"));
        list.add(a.end + secondsToNs(0.1), "reconnecting", "local", a.connectionId);
        list.add(list.after(a.end, 1.0, 1.9), "sessionDisconnected", "local", a.connectionId,
                 field("reason", "networkDisconnect"));
        break;
    case AttemptOutcome::TestEnded:
        if (user.publisher)
            list.add(list.after(test.testEnd, 0.2, 0.4), "streamDestroyed", "local", a.streamId,
                     field("reason", "disconnect"));
        list.add(list.after(test.testEnd, 0.5, 1.5), "sessionDisconnected", "local", a.connectionId,
                 field("reason", "disconnect"));
        break;
    case AttemptOutcome::NeverConnected: break;
    }
}

void addLiveKitAttempt(EventList& list, const SimulatedTest& test, const SimulatedUser& user,
                       const ConnectionAttempt& a)
{
    list.add(a.start, "connectionStart");
    if (!a.everConnected()) {
        if (list.random.chance(0.6))
            list.add(list.after(a.start, 0.1, 0.4), "SignalConnected", "local", a.connectionId);
        const TimeNs giveUp = a.end - secondsToNs(0.3);
        if (giveUp > a.start)
            list.add(giveUp, "Disconnected", "", "", field("reason", "JOIN_FAILURE"));
        return;
    }
    const TimeNs signal = a.start + (a.connected - a.start) / 3;
    list.add(signal, "SignalConnected", "local", a.connectionId);
    list.add(a.connected - secondsToNs(0.05), "Connected", "local", a.connectionId);
    list.add(a.connected - secondsToNs(0.04), "ConnectionStateChanged", "", "", field("state", "connected"));
    if (user.publisher) {
        list.add(a.connected, "LocalTrackPublished", "local", a.connectionId, field("kind", "audio"));
        list.add(list.after(a.connected, 0.02, 0.2), "LocalTrackPublished", "local", a.connectionId,
                 field("kind", "video"));
    }
    for (TimeNs t = list.after(a.connected, 5.0, 30.0); t < a.end; t = list.after(t, 15.0, 45.0)) {
        const double cpu = test.cpuAt(t);
        const char* quality = cpu > 0.95 ? "poor" : cpu > 0.85 ? "good" : "excellent";
        list.addBody(
            t, overwrittenParticipantBody("ConnectionQualityChanged", field("quality", quality), user, a.connectionId));
    }
    for (const auto& r : user.reconnections)
        if (r.start >= a.connected && r.end < a.end) {
            list.add(r.start, "Reconnecting");
            list.add(r.end, "Reconnected");
        }
    switch (a.outcome) {
    case AttemptOutcome::Dropped:
    case AttemptOutcome::MediaNodeCrashed:
        list.add(list.after(a.end, 0.0, 1.0), "Reconnecting");
        list.add(list.after(a.end, 1.2, 1.9), "Disconnected", "", "", field("reason", "SIGNAL_CLOSE"));
        break;
    case AttemptOutcome::TestEnded:
        list.add(list.after(test.testEnd, 0.5, 1.5), "Disconnected", "", "", field("reason", "CLIENT_INITIATED"));
        break;
    case AttemptOutcome::NeverConnected: break;
    }
}

void addReceivedStream(EventList& list, const SimulatedUser& receiver, const RemoteStream& rs, bool liveKit)
{
    const ConnectionAttempt& theirs = rs.publisher->attempts[rs.publisherAttempt];
    const ConnectionAttempt& mine = receiver.attempts[rs.receiverAttempt];
    const std::string remoteUser = field("remoteUser", participantName(rs.publisher->user));
    const TimeNs created = list.after(rs.begin, 0.1, 0.6);
    if (created >= rs.end)
        return;
    if (liveKit) {
        const std::string publisher = participantName(rs.publisher->user);
        if (theirs.connected > mine.connected)
            list.add(rs.begin + secondsToNs(0.05), "TrackPublished", "remote", theirs.connectionId, remoteUser);
        const TimeNs video = list.after(created, 0.02, 0.2);
        for (const auto& [t, kind] : {std::pair{created, "audio"}, std::pair{video, "video"}})
            list.addBody(
                t, trackEventBody("TrackSubscribed", theirs.connectionId, kind, true, publisher, receiver.session));
        // LiveKit reports the publisher's connection quality to its subscribers too.
        if (const TimeNs quality = video + secondsToNs(0.5); quality < rs.end)
            list.addBody(quality, overwrittenParticipantBody("ConnectionQualityChanged", field("quality", "excellent"),
                                                             receiver, theirs.connectionId));
        if (rs.publisherLeftFirst) {
            // Two TrackUnsubscribed handlers: every unsubscription is written twice, with trackInfo and without.
            for (const char* kind : {"audio", "video"}) {
                const TimeNs gone = list.after(rs.end, 0.05, 0.3);
                list.addBody(gone, trackEventBody("TrackUnsubscribed", theirs.connectionId, kind, true, publisher,
                                                  receiver.session));
                list.addBody(gone + secondsToNs(0.001), trackEventBody("TrackUnsubscribed", theirs.connectionId, kind,
                                                                       false, publisher, receiver.session));
            }
            list.addBody(list.after(rs.end, 0.3, 0.6),
                         overwrittenParticipantBody("ParticipantDisconnected", {}, receiver, theirs.connectionId));
        }
        return;
    }
    if (theirs.connected > mine.connected)
        list.add(rs.begin + secondsToNs(0.02), "connectionCreated", "remote", theirs.connectionId);
    list.add(created, "streamCreated", "remote", theirs.streamId);
    const TimeNs playing = list.after(created, 0.2, 0.8);
    if (playing < rs.end)
        list.add(playing, "streamPlaying", "remote", theirs.streamId);
    if (rs.publisherLeftFirst)
        list.add(list.after(rs.end, 0.05, 0.3), "streamDestroyed", "remote", theirs.streamId,
                 field("reason", "networkDisconnect"));
}

} // namespace

WrittenFiles writeEvents(const std::filesystem::path& root, const SimulatedTest& test, const SimulatedUser& user,
                         const std::vector<RemoteStream>& received)
{
    EventList list(streamKey(user.key, {kEventsStream}));
    const bool liveKit = test.spec.usesLiveKitEvents();
    for (const auto& a : user.attempts)
        (liveKit ? addLiveKitAttempt : addOpenViduAttempt)(list, test, user, a);
    for (const auto& rs : received)
        addReceivedStream(list, user, rs, liveKit);
    std::stable_sort(list.events.begin(), list.events.end(),
                     [](const PendingEvent& a, const PendingEvent& b) { return a.time < b.time; });

    const std::string participant = ",\"participant\":\"" + participantName(user.user) + '"';
    const std::string tail = ",\"session\":\"" + sessionName(user.session) + "\",\"timestamp\":\"";
    OutputFile out(userFolder(root, test, user) / layout::kEventsFile);
    out.put('[');
    for (std::size_t i = 0; i < list.events.size(); ++i) {
        if (i > 0)
            out.put(',');
        const std::string& body = list.events[i].body;
        // The connector sets `participant` and `session`: in place when the event already has a `participant`.
        out.put('{').text(body);
        if (body.find("\"participant\":") == std::string::npos)
            out.text(participant);
        out.text(tail).time(list.events[i].time, ClockText::IsoUtc).text("\"}");
    }
    out.put(']');
    out.close();
    return {1, out.bytesWritten()};
}

} // namespace loadscope::generate
