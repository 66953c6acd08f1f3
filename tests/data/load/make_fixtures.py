#!/usr/bin/python3
"""Writes the loader's test fixtures (small results roots) next to this script.

root2024/   well-formed, 2024 layout (LoadTestSession<k>/User<u>), Spring Boot 2.4 log; the reference pandas code
            reads it without error (expected_values.py turns it into expected_values.json).
root2026/   the kurento test of root2024 in the 2026 spellings: s<k>/u<u> folders, "@timestamp" in stats records,
            Spring Boot 3 log with ISO times and an offset. Must load to the same tables.
malformed/  one of each kind of damage; the C++ test lists the problems (file, line) each one must give.
not_a_root/ a folder that is not a results root.
Deterministic: run it again and git diff shows nothing.
"""
import json, os, re, shutil
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
KURENTO = "loadtest-webrtc-2024-kurento-2p"
PION = "loadtest-webrtc-2024-pion-8p"


def compact(value):
    return json.dumps(value, separators=(",", ":"))  # allow_nan: writes NaN / Infinity as Python reads them


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def ts(seconds):
    """ISO UTC time, ms precision, `seconds` after 2024-06-13T10:00:00Z."""
    t = datetime(2024, 6, 13, 10) + timedelta(milliseconds=round(seconds * 1000))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


def event(name, t, user, connection=None, **extra):
    e = {"event": name, "connectionId": f"con_{user}"}
    if connection:
        e["connection"] = connection
    e.update(extra)
    e.update({"participant": f"User{user}", "session": "LoadTestSession1", "timestamp": ts(t)})
    return e


def kurento_events(user):
    t0 = 1.0 + user * 0.25
    evs = [event("connectionStart", t0, user), event("connectionCreated", t0 + 0.5, user, "local"),
           event("accessAllowed", t0 + 0.7, user, "local"), event("streamCreated", t0 + 1.0, user, "local"),
           event("streamPlaying", t0 + 1.5, user, "local"), event("connectionCreated", t0 + 2.0, user, "remote"),
           event("streamCreated", t0 + 2.5, user, "remote", remoteUser="User9"),
           event("streamPlaying", t0 + 3.0, user, "remote"), event("publisherStartSpeaking", t0 + 4.0, user, "local"),
           event("exception", t0 + 5.0, user, reason="ICE_CONNECTION_FAILED"),
           event("streamDestroyed", t0 + 30.0, user, "remote")]
    return evs


def pion_events(user):
    t0 = 2.0 + user * 0.3
    return [event("connectionStart", t0, user), event("SignalConnected", t0 + 0.2, user),
            event("Connected", t0 + 0.4, user), event("LocalTrackPublished", t0 + 1.0, user, "local", kind="audio"),
            event("LocalTrackPublished", t0 + 1.1, user, "local", kind="video"),
            event("TrackSubscribed", t0 + 2.0, user, "remote"), event("TrackSubscribed", t0 + 2.1, user, "remote"),
            event("Reconnecting", t0 + 10.0, user), event("Reconnected", t0 + 12.0, user),
            event("ConnectionQualityChanged", t0 + 13.0, user, quality="good")]


def rtc(kind_, direction, seq, user, first):
    """One RTCStats report as the browser-emulator writes it (numbers, strings, a boolean, nulls)."""
    base = {"id": f"{direction}_{kind_}_{seq}", "timestamp": 1718272800000.0 + seq * 1000.5 + user,
            "type": direction.replace("_", "-") + "-rtp", "ssrc": 1000 + user * 10 + seq, "kind": kind_,
            "mimeType": f"{kind_}/opus" if kind_ == "audio" else f"{kind_}/VP8", "payloadType": 111 if kind_ == "audio" else 96,
            "clockRate": 48000 if kind_ == "audio" else 90000}
    if direction == "inbound":
        base.update({"packetsReceived": 100 * seq + user, "bytesReceived": 12000 * seq + 7, "packetsLost": seq - 1 - user % 2,
                     "jitter": 0.001 * (seq + user) + 1e-4, "jitterBufferDelay": 0.25 * seq / 3, "remoteSource": True})
        if kind_ == "video":
            base.update({"framesDecoded": 30 * seq, "frameWidth": 640, "frameHeight": 480, "framesPerSecond": 29.97})
    elif direction == "outbound":
        base.update({"packetsSent": 90 * seq + user, "bytesSent": 11000 * seq, "retransmittedPacketsSent": seq // 2,
                     "targetBitrate": 1.5e6 / 3})
    elif direction == "remote_inbound":
        base.update({"packetsLost": seq, "roundTripTime": 0.0125 * seq + user * 1e-3, "fractionLost": seq / 256,
                     "jitter": 0.002 * seq})
    else:
        base.update({"packetsSent": 80 * seq, "bytesSent": 9000 * seq, "remoteTimestamp": 1718272800000.25 + seq})
    if not first:  # missing on a stream's first sample, null when NaN, else numbers
        base["bitrate"] = None if seq == 2 and direction == "inbound" else 8 * 1000.0 * seq / 3
        base["packetRate"] = None if seq == 2 else 8 * 50.0 * seq / 7
    return base


def stats_record(user, seq, peer, time_key="timestamp", odd_numbers=False):
    first = seq == 1
    data = {"audio": {"inbound": [rtc("audio", "inbound", seq, user, first)], "outbound": [rtc("audio", "outbound", seq, user, first)]},
            "video": {"inbound": [rtc("video", "inbound", seq, user, first)], "outbound": []},
            "connection": {"currentRoundTripTime": 0.002, "availableOutgoingBitrate": 2500000, "local": {}, "remote": {}},
            "remote": {"audio": {"inbound": [rtc("audio", "remote_inbound", seq, user, first)], "outbound": []},
                       "video": {"inbound": [rtc("video", "remote_inbound", seq, user, first)],
                                 "outbound": [rtc("video", "remote_outbound", seq, user, first)]}}}
    if odd_numbers:  # Python's json reads these too: NaN, Infinity, and 1e400 (= inf)
        data["audio"]["inbound"][0]["jitter"] = float("nan")
        data["audio"]["outbound"][0]["targetBitrate"] = float("inf")
        data["video"]["inbound"][0]["framesPerSecond"] = float("-inf")
    ws = [{"event": "stats", "tag": "stats", "peerId": peer, "connectionId": f"str_{peer}_{seq}", "timeTaken": 3, "data": data},
          {"outbound": 4.3, "inbound": 4.4, "statsSamples": {}},
          {"event": "stats", "tag": "stats", "peerId": peer, "connectionId": "no-data"},
          {"statsSample": {}, "type": "network", "reason": "inbound-network-quality"}]
    return {"webrtcStats": ws, time_key: ts(2.0 * seq + 0.001 * user), "user": f"User{user}", "session": "LoadTestSession1"}


def stats_file(user, peers, time_key="timestamp"):
    records = [stats_record(user, seq, peers[(seq - 1) % len(peers)], time_key, odd_numbers=(seq == 3)) for seq in (1, 2, 3)]
    text = compact(records)
    return text.replace('"targetBitrate":Infinity', '"targetBitrate":1e400')  # overflow, not the word


LOG_2024 = """2024-06-13 11:59:50.000  INFO 25518 --- [           main] i.o.l.LoadtestControllerApplication      : Starting LoadtestControllerApplication
2024-06-13 11:59:58.100  INFO 25518 --- [           main] i.o.l.services.LoadTestService           : Starting test with 2:2 session typology
2024-06-13 12:00:05.500 ERROR 25518 --- [           main] i.o.l.s.BrowserEmulatorClient            : Participant User2 in session LoadTestSession1 failed 1 times
java.lang.RuntimeException: boom
	at io.openvidu.loadtest.Something.run(Something.java:42)
2024-06-13 12:00:07.250  WARN 25518 --- [           main] i.o.l.s.BrowserEmulatorClient            : Participant User3 is slow
2024-06-13 12:00:09.750 ERROR 25518 --- [           main] i.o.l.s.BrowserEmulatorClient            : Participant User2 in session LoadTestSession1 failed 2 times
2024-06-13 12:00:10.000 ERROR 25518 --- [           main] i.o.l.s.BrowserEmulatorClient            : Something else failed 3 times
{"dump": "a stdout line that is not a log record", "Participant": 1}
2024-06-13 12:00:20.000  INFO 25518 --- [           main] i.o.l.services.LoadTestService           : Starting test with 2:2 session typology
2024-06-13 12:00:40.125  INFO 25518 --- [           main] i.o.l.services.ResultsService            : Saved result in a /opt/openvidu/results/results.txt
2024-06-13 12:00:41.000  INFO 25518 --- [           main] i.o.l.services.ResultsService            : Saved result in a /opt/openvidu/results/other.txt
"""

LOG_2026 = """2024-06-13T11:59:50.000+02:00  INFO 25518 --- [main] i.o.l.LoadtestControllerApplication : Starting LoadtestControllerApplication
2024-06-13T11:59:58.100+02:00  INFO 25518 --- [main] i.o.l.services.LoadTestService : Starting test with 2:2 session topology
2024-06-13T12:00:05.500+02:00 ERROR 25518 --- [main] i.o.l.s.BrowserEmulatorClient : Participant User2 in session LoadTestSession1 failed 1 times
2024-06-13T12:00:09.750+02:00 ERROR 25518 --- [main] i.o.l.s.BrowserEmulatorClient : Participant User2 in session LoadTestSession1 failed 2 times
2024-06-13T12:00:40.125+02:00  INFO 25518 --- [main] i.o.l.services.ResultsService : Saved result in /opt/openvidu/results/results.txt
"""


def cpu_csv(rows=9):
    lines = ["@timestamp,cpu,memory"]
    for i in range(rows):
        cpu = "" if i == 3 else f"{0.1 + 0.097 * i:.3f}"
        mem = "" if i == 5 else f"{0.5 + 0.011 * i:.4f}"
        lines.append(f"{ts(-10 + 10 * i)},{cpu},{mem}")
    return "\n".join(lines) + "\n"


def write_root2024():
    root = os.path.join(HERE, "root2024")
    for user in (1, 2, 3):
        d = os.path.join(root, "stats", KURENTO, "LoadTestSession1", f"User{user}")
        write(os.path.join(d, "events.json"), compact(kurento_events(user)))
        write(os.path.join(d, "stats.json"), stats_file(user, [f"User{user}", f"User{(user % 3) + 1}"]))
    for user in (1, 2):
        d = os.path.join(root, "stats", PION, "LoadTestSession1", f"User{user}")
        write(os.path.join(d, "events.json"), compact(pion_events(user)))
        write(os.path.join(d, "stats.json"), stats_file(user, ["PA_sid1", "PA_sid2"]))
    write(os.path.join(root, "logs", KURENTO + ".log"), LOG_2024)
    write(os.path.join(root, "logs", PION + ".log"), LOG_2024.replace("User2", "User1"))
    write(os.path.join(root, "dfs_final", KURENTO + "-medianode.csv"), cpu_csv())
    write(os.path.join(root, "dfs_final", PION + "-medianode.csv"), cpu_csv(7))
    write(os.path.join(root, "dfs_final", "batches.json"),
          json.dumps({KURENTO: {"startingParticipants": 2, "batchSize": 1}, PION: {"startingParticipants": 1, "batchSize": 2}}))
    q = os.path.join(root, "qoe", KURENTO)
    write(os.path.join(q, "v-LoadTestSession1-User2-User1_cuts.json"),
          json.dumps([{"cut_index": 0, "vmaf": 0.81, "visqol": -0.25}, {"cut_index": 1, "vmaf": 0.79, "visqol": 0.7}]))
    write(os.path.join(q, "v-LoadTestSession1-User1-User2_cuts.json"),
          json.dumps([{"cut_index": 0, "vmaf": 0.87, "visqol": 0.74, "msssim": 0.95},
                      {"cut_index": 2, "vmaf": 0.91, "visqol": 0.77, "msssim": 0.96}, {"cut_index": 3, "vmaf": 0.5, "visqol": 0.6, "psnr": 31.5}]))
    return root


def write_root2026():
    root = os.path.join(HERE, "root2026")
    for user in (1, 2, 3):
        d = os.path.join(root, "stats", KURENTO, "s1", f"u{user}")
        write(os.path.join(d, "events.json"), compact(kurento_events(user)))
        write(os.path.join(d, "stats.json"), stats_file(user, [f"User{user}", f"User{(user % 3) + 1}"], "@timestamp"))
    write(os.path.join(root, "logs", KURENTO + ".log"), LOG_2026)
    write(os.path.join(root, "dfs_final", KURENTO + "-medianode.csv"), cpu_csv())
    write(os.path.join(root, "dfs_final", "batches.json"), json.dumps({KURENTO: {"startingParticipants": 2, "batchSize": 1}}))


MEDIASOUP = "loadtest-webrtc-2024-mediasoup-8p"
BROKEN_PION = "loadtest-webrtc-2024-pion-2p"


def write_malformed():
    root = os.path.join(HERE, "malformed")
    s = os.path.join(root, "stats", MEDIASOUP, "LoadTestSession1")
    ok = lambda name, t, **kw: compact(event(name, t, 1, **kw))
    lines = ["[",
             ok("connectionStart", 1.0) + ",",                                                     # 2
             '{"event":"streamCreated","connection":"local","timestamp":5},',                      # 3 wrong type
             ok("streamCreated", 2.0, connection="local") + ",",                                   # 4
             '{"event":"streamPlaying","connection":"local","timestamp":"2024-13-45T10:00:00Z"},', # 5 bad time
             '{"event":"streamPlaying","timestamp":"2024-06-13T10:00:03.000Z",,"x":1},',           # 6 broken JSON
             ok("brandNewEvent", 4.0) + ",",                                                       # 7 unknown name: kept
             '{"event":"streamPlaying","connection":"local","level":NaN,"timestamp":"2024-06-13T10:00:05.000Z"},',  # 8
             '{"event":"streamDestroyed","connection":"local","timest']                            # 9 cut short
    write(os.path.join(s, "User1", "events.json"), "\n".join(lines))
    write(os.path.join(s, "User2", "events.json"), "")                                             # 0 bytes; no stats.json
    # BOM + CRLF, one record per line; NaN/Infinity/1e400 tokens; wrong type; bad UTF-8; unterminated array.
    good = [stats_record(3, seq, "User1") for seq in (1, 2, 3, 4)]
    second = re.sub(r'"jitter":[0-9.e-]+', '"jitter":NaN', compact(good[1]), count=1)
    rec_lines = [compact(good[0]), second.replace('"fractionLost":0.0078125', '"fractionLost":1e400'),
                 compact(dict(good[2], timestamp=5)), compact(good[2]).replace('"kind":"audio"', '"kind":"audio\xe9"', 1),
                 compact(good[3]).replace('"jitterBufferDelay":0.3333333333333333', '"jitterBufferDelay":-Infinity')]
    body = "[" + ",\r\n".join(rec_lines) + ",\r\n" + compact(good[3])[:200]
    write(os.path.join(s, "User3", "stats.json"), b"\xef\xbb\xbf" + body.encode("latin-1"), "wb")
    write(os.path.join(s, "User3", "events.json"), b"\xef\xbb\xbf" + ("[" + ",\r\n".join(compact(e) for e in kurento_events(3)[:3]) + "]\r\n").encode(), "wb")
    write(os.path.join(s, "User03", "events.json"), compact([event("reconnected", 9.0, 3)]))       # duplicate of User3
    write(os.path.join(s, "User4.lock", "owner.txt"), "lock\n")                                    # ignored
    write(os.path.join(s, "Userx", "events.json"), "[]")                                          # not a user folder
    write(os.path.join(s, "notes.txt"), "ignored\n")
    # One stats record with the edge cases of packetLoss and field types.
    edge = {"webrtcStats": [{"event": "stats", "peerId": "User9", "data": {
        "audio": {"inbound": [{"packetsLost": 0, "packetsReceived": 0, "jitter": 0.5, "flag": True, "name": "a", "nested": {"x": 1}},
                              {"packetsLost": 3, "packetsSent": 2, "packetsReceived": 4}, {"packetsLost": 5}, "not an object"],
                  "outbound": None},
        "video": {"inbound": [], "outbound": []}}}], "timestamp": ts(1.0)}
    write(os.path.join(s, "User5", "stats.json"), compact([edge]) + "\n]\n")                      # text after the array
    write(os.path.join(s, "User5", "events.json"), compact([event("connectionStart", 1.0, 5)]))
    log = ("2024-06-13 11:59:58.100  INFO 1 --- [main] x : Starting test with 8:8 session typology\r\n"
           "2024-06-13 25:61:00.000 ERROR 1 --- [main] x : Participant User1 in session LoadTestSession1 failed 1 times\r\n"
           "2024-06-13 12:00:05.500 ERROR 1 --- [main] x : Participant User1 in session LoadTestSession1 failed many times\r\n"
           "\tat a.stack.Trace(Trace.java:1)\r\n"
           "2024-06-13 12:00:06.500 ERROR 1 --- [main] x : Participant User1 in session LoadTestSession1 failed 4 times\r\n")
    write(os.path.join(root, "logs", MEDIASOUP + ".log"), log)                                     # 5 lines, no end line
    csv = ("@timestamp,memory,cpu\n"                                   # columns by name, not position
           f"{ts(0)},0.5,0.25\n"                                       # 2
           "garbage\n"                                                 # 3 junk
           f"not-a-time,0.5,0.25\n"                                    # 4 bad time
           f"{ts(10)},0.5,abc\n"                                       # 5 bad number
           f"{ts(20)},,0.5\n"                                          # 6 missing memory
           f"{ts(5)},0.6,\n")                                          # 7 out of order, missing cpu
    write(os.path.join(root, "dfs_final", MEDIASOUP + "-medianode.csv"), csv)
    write(os.path.join(root, "dfs_final", "batches.json"), json.dumps({"other-test": {"startingParticipants": 1, "batchSize": 1}}))
    q = os.path.join(root, "qoe", MEDIASOUP)
    write(os.path.join(q, "v-LoadTestSession1-User1-User2_cuts.json"),
          '[{"cut_index": 0, "vmaf": 0.5, "visqol": 0.5},\n {"cut_index": 1, "vmaf": "x", "visqol": 0.5},\n {"cut_index": 2, "vmaf": null, "visqol": 0.25}]\n')
    write(os.path.join(q, "notes_cuts.json"), "[]")
    p = os.path.join(root, "stats", BROKEN_PION, "LoadTestSession1", "User1")
    write(os.path.join(p, "events.json"), "[]".encode("utf-16"), "wb")                             # UTF-16 with BOM
    write(os.path.join(p, "stats.json"), "[]")
    return root


def main():
    for name in ("root2024", "root2026", "malformed", "not_a_root"):
        shutil.rmtree(os.path.join(HERE, name), ignore_errors=True)
    write_root2024()
    write_root2026()
    write_malformed()
    write(os.path.join(HERE, "not_a_root", "README.txt"), "A folder without stats/.\n")


if __name__ == "__main__":
    main()
