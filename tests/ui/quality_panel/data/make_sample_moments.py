#!/usr/bin/python3
"""Per-user RTT and jitter moments of the bundled sample (resources/sample), straight from its stats.json files
with NumPy, for test_quality_panel. Rules (core/quality/quality_scopes.h): rtt = roundTripTime of
data.remote.<kind>.inbound reports (remote-inbound-rtp), jitter = jitter of data.<kind>.inbound reports; only
webrtcStats entries with event == "stats"; values that are missing, NaN or <= 0 are skipped; > 15 s is a loss.

Usage: make_sample_moments.py [SAMPLE_DIR] > sample_moments.txt
Columns: test session user metric n losses min mean stddev (stddev with ddof=1; NaN below two latencies).
"""
import json
import math
import os
import re
import sys

import numpy as np

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../../resources/sample")
stats_dir = os.path.join(root, "stats")


def number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value) and value > 0


def samples(path):
    rtt, jitter = [], []
    with open(path) as f:
        records = json.load(f)
    for record in records:
        for entry in record.get("webrtcStats", []):
            if not isinstance(entry, dict) or entry.get("event") != "stats":
                continue
            data = entry.get("data", {})
            for kind in ("audio", "video"):
                for report in data.get("remote", {}).get(kind, {}).get("inbound", []):
                    if number(report.get("roundTripTime")):
                        rtt.append(report["roundTripTime"])
                for report in data.get(kind, {}).get("inbound", []):
                    if number(report.get("jitter")):
                        jitter.append(report["jitter"])
    return {"rtt": rtt, "jitter": jitter}


def digits(name, prefix):
    return int(re.fullmatch(prefix + r"(\d+)", name).group(1))


print("# test session user metric n losses min mean stddev  (made by make_sample_moments.py with NumPy "
      + np.__version__ + ")")
for test in sorted(os.listdir(stats_dir)):
    for session_dir in sorted(os.listdir(os.path.join(stats_dir, test))):
        for user_dir in sorted(os.listdir(os.path.join(stats_dir, test, session_dir))):
            path = os.path.join(stats_dir, test, session_dir, user_dir, "stats.json")
            if not os.path.exists(path):
                continue
            for metric, values in samples(path).items():
                values = np.array(values, dtype=np.float64)
                latency = values[values <= 15.0]
                losses = len(values) - len(latency)
                if len(latency):
                    low, mean = repr(float(latency.min())), repr(float(latency.mean()))
                else:
                    low, mean = "nan", "nan"
                std = repr(float(latency.std(ddof=1))) if len(latency) > 1 else "nan"
                print(test, digits(session_dir, "LoadTestSession"), digits(user_dir, "User"), metric, len(values),
                      losses, low, mean, std)
