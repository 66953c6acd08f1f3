#!/usr/bin/python3
"""Independent reference for summary.csv (core/report/test_summary.h): reads a results folder with json, pandas
and numpy only -- none of loadscope's code -- and prints the expected rows as CSV.

Usage: make_summary_golden.py ROOT > expected.csv   (see make_summary_golden.sh for the folder it was run on)

qoo_video_conferencing here uses numpy's exact 95th percentile where loadscope uses a t-digest, so the test
compares that column within a tolerance; every other column is compared to 1e-9.
"""
import glob
import json
import math
import os
import re
import sys

import numpy as np
import pandas as pd

COLUMNS = ["test", "server", "topology", "users", "sessions", "failures", "reconnections", "reconnecting_time",
           "users_failed", "crashed", "duration", "peak_cpu",
           "users_before_first_failure", "median_vmaf", "median_visqol", "median_connection_start", "p99_rtt",
           "qoo_video_conferencing"]
LOG_TIME = re.compile(r"^(\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d\.\d{3})")
FAILURE = re.compile(r"Participant User(\d+) in session LoadTestSession(\d+) failed (\d+) times")


def number(value):
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) else repr(float(value))


def folder_numbers(path):
    session_dir, user_dir = path.split(os.sep)[-3:-1]
    return int(re.sub(r"\D", "", session_dir)), int(re.sub(r"\D", "", user_dir))


def read_events(test_dir):
    users = {}
    for path in sorted(glob.glob(os.path.join(test_dir, "*", "*", "events.json"))):
        with open(path) as f:
            events = json.load(f)
        if events:
            users[folder_numbers(path)] = events
    return users


def event_name(e):
    return e["event"] + ("-" + e["connection"] if e.get("connection") else "")


def is_success(name, publisher, livekit):
    if livekit:
        return name == "LocalTrackPublished-local" if publisher else name.startswith("TrackSubscribed")
    if publisher:
        return name in ("streamCreated-local", "streamPlaying-local")
    return name.startswith("streamCreated") or name.startswith("streamPlaying")


def read_log(path):
    start = end = None
    failures = []
    with open(path, errors="replace") as f:
        for line in f:
            m = LOG_TIME.match(line)
            if not m:
                continue
            t = pd.Timestamp(m.group(1).replace(" ", "T"))
            if start is None and "Starting test with" in line:
                start = t
            if end is None and "Saved result in" in line:
                end = t
            fm = FAILURE.search(line)
            if fm:
                failures.append(((int(fm.group(2)), int(fm.group(1))), t))
    return start, end, failures


OPENS = ("Reconnecting", "reconnecting", "sessionReconnecting")
RESUMES = ("Reconnected", "reconnected", "sessionReconnected")
ENDS_UNRESUMED = ("Disconnected", "sessionDisconnected")


def reconnections(timed_raw, breaks, test_end):
    """Recoverable interruptions of one user: (start, end) in seconds. An opening event opens one (unless one is
    open); the next resuming event closes it, or an ending event, but never later than the user's next failure or
    connectionStart (`breaks`) or the crash-clipped test end."""
    found, opened = [], None

    def close(t):
        later = [b for b in breaks if b > opened]
        end = min([t, test_end] + later[:1])
        if max(opened, 0.0) < end:
            found.append((max(opened, 0.0), end))

    for t, event in timed_raw:
        if opened is None and event in OPENS:
            opened = t
        elif opened is not None and (event in RESUMES or event in ENDS_UNRESUMED):
            close(t)
            opened = None
    if opened is not None:
        close(test_end)
    return found


def summarise(root, test):
    server, topology = re.match(r"loadtest-webrtc-\d+-([a-z]+)-(.+)$", test).groups()
    livekit = server == "pion"
    users = read_events(os.path.join(root, "stats", test))
    times = {key: [pd.Timestamp(e["timestamp"]).tz_localize(None) for e in evs] for key, evs in users.items()}
    first_event = min(min(t) for t in times.values())
    last_event = max(max(t) for t in times.values())

    local_start, local_end, log_failures = read_log(os.path.join(root, "logs", test + ".log"))
    # The log's local time zone: the quarter hour that puts "Starting test" closest to the first event.
    offset = pd.Timedelta(minutes=15 * round((local_start - first_event) / pd.Timedelta(minutes=15)))
    start, end = local_start - offset, local_end - offset
    seconds = lambda t: (t - start) / pd.Timedelta(seconds=1)
    failures = [(key, t - offset) for key, t in log_failures if first_event <= t - offset <= last_event]
    first_failure = min((seconds(t) for _, t in failures), default=math.inf)

    cpu = pd.read_csv(os.path.join(root, "dfs_final", test + "-medianode.csv"))
    cpu["time"] = pd.to_datetime(cpu["@timestamp"]).dt.tz_localize(None)
    last_cpu = cpu.dropna(subset=["cpu"])["time"].iloc[-1]
    within = cpu[(cpu["time"] >= start) & (cpu["time"] <= end)]

    test_end = min(seconds(end), seconds(last_cpu + pd.Timedelta(seconds=10)))
    reconnection_count, reconnecting_time, failed_users = 0, 0.0, {key for key, _ in failures}
    before_failure, start_durations = 0, []
    for (session, user), evs in users.items():
        publisher = topology == "8p" or user <= 3
        timed = sorted(((seconds(t), event_name(e)) for t, e in zip(times[(session, user)], evs)), key=lambda x: x[0])
        timed_raw = sorted(((seconds(t), e["event"]) for t, e in zip(times[(session, user)], evs)), key=lambda x: x[0])
        # Corrected mode: a LiveKit Disconnected before the log's end is a failure (not a line of the log).
        disconnected = [t for t, event in timed_raw if livekit and event == "Disconnected" and t < seconds(end)]
        if disconnected:
            failed_users.add((session, user))
        breaks = sorted([seconds(t) for key, t in failures if key == (session, user)] + disconnected +
                        [t for t, event in timed_raw if event == "connectionStart"])
        found = reconnections(timed_raw, breaks, test_end)
        reconnection_count += len(found)
        reconnecting_time += sum(b - a for a, b in found)
        successes = [t for t, name in timed if is_success(name, publisher, livekit)]
        if not successes:
            continue
        success = min(successes)
        before_failure += success < first_failure
        starts = [t for t, name in timed if name == "connectionStart" and t <= success]
        if starts:
            start_durations.append(success - max(starts))

    vmaf, visqol = [], []
    for path in sorted(glob.glob(os.path.join(root, "qoe", test, "*_cuts.json"))):
        with open(path) as f:
            for cut in json.load(f):
                if cut.get("vmaf") is not None:
                    vmaf.append(cut["vmaf"] * 5)
                if cut.get("visqol") is not None and cut["visqol"] != -0.25:
                    visqol.append(cut["visqol"] * 5)

    rtt_video, rtt_all = [], []
    for path in sorted(glob.glob(os.path.join(root, "stats", test, "*", "*", "stats.json"))):
        with open(path) as f:
            records = json.load(f)
        for record in records:
            for entry in record.get("webrtcStats", []):
                if entry.get("event") != "stats" or "data" not in entry:
                    continue
                remote = entry["data"].get("remote", {})
                for kind in ("audio", "video"):
                    for report in remote.get(kind, {}).get("inbound", []):
                        rtt = report.get("roundTripTime")
                        if isinstance(rtt, (int, float)) and rtt > 0:
                            rtt_all.append(rtt)
                            if kind == "video":
                                rtt_video.append(rtt)

    # draft-ietf-ippm-qoo, LibreQoS video-conferencing: p95 50/100 ms, loss 0.1 %/0.5 % (losses: RTT > 15 s).
    def term(value, rop, cpup):
        return min(100.0, max(0.0, (cpup - value) / (cpup - rop) * 100.0))
    qoo = None
    if rtt_all:
        latencies = [r for r in rtt_all if r <= 15]
        loss_percent = 100.0 * (len(rtt_all) - len(latencies)) / len(rtt_all)
        qoo = min(term(np.percentile(latencies, 95) * 1000, 50, 100), term(loss_percent, 0.1, 0.5))

    median = lambda v: float(np.median(v)) if v else None
    return [test, server, topology, str(len(users)), str(len({s for s, _ in users})), str(len(failures)),
            str(reconnection_count), number(reconnecting_time), str(len(failed_users)),
            "true" if last_cpu + pd.Timedelta(seconds=10) < end else "false",
            number((end - start) / pd.Timedelta(seconds=1)), number(within["cpu"].max()), str(before_failure),
            number(median(vmaf)), number(median(visqol)), number(median(start_durations)),
            number(float(np.percentile(rtt_video, 99)) if rtt_video else None), number(qoo)]


def main():
    root = sys.argv[1]
    print(",".join(COLUMNS))
    for test in sorted(os.listdir(os.path.join(root, "stats"))):
        print(",".join(summarise(root, test)))


if __name__ == "__main__":
    main()
