#!/usr/bin/python3
"""Makes the QoS-per-second goldens for tests/ui/qos_series.

Writes qos_input.csv (synthetic per-report samples of three users) and qos_expected.csv: the intervals the
notebook's avg_qos_intervals() (seed 000, cell "Paint the connection progression ... qos") returns for them,
computed with that function's own pandas code, Decimal context included. Run: /usr/bin/python3 make_qos_goldens.py
"""
import csv
import os
import random
from decimal import Decimal, getcontext

import pandas as pd

getcontext().prec = 9  # as the notebook sets it
HERE = os.path.dirname(os.path.abspath(__file__))
START_MS = 1718272800000  # 2024-06-13T10:00:00Z, the test start

random.seed(20240613)
users = [(1, 1), (2, 1), (1, 2)]  # (user, session)
rows = []
for index, (user, session) in enumerate(users):
    peers = 2 if index == 2 else 1  # the third user receives two streams: two samples per poll
    t = -3.2 + 0.37 * index
    while t < 40:
        if not (12 < t < 15 and index == 1):  # a gap without stats
            for p in range(peers):
                ts = START_MS + (t + 0.013 * p) * 1000 + random.randint(0, 999) / 1000.0
                bitrate = 0.0 if random.random() < 0.1 else random.uniform(2e5, 1.6e6)
                jitter = random.uniform(0.0, 0.12)
                rows.append({"user_index": index, "user": f"User{user}", "session": f"LoadTestSession{session}",
                             "timestamp": round(ts, 3), "jitter": jitter, "bitrate": bitrate})
        t += random.choice([0.5, 0.9, 1.0, 1.0, 1.1, 2.3])

random.shuffle(rows)  # the function sorts; the C++ side must not rely on input order
with open(os.path.join(HERE, "qos_input.csv"), "w", newline="") as f:
    w = csv.DictWriter(f, fieldnames=["user_index", "user", "session", "timestamp", "jitter", "bitrate"])
    w.writeheader()
    for r in rows:
        w.writerow({k: (repr(v) if isinstance(v, float) else v) for k, v in r.items()})


def avg_qos_intervals(stats, full_user, metric):  # verbatim from the notebook
    time_interval = "1s"
    user_data = full_user.split("-")
    user = user_data[0]
    session = user_data[1]
    user_stats = stats[(stats["user"] == f"User{user}") & (stats["session"] == f"LoadTestSession{session}")]
    user_stats = user_stats.sort_values(by="timestamp").reset_index(drop=True)
    user_stats[metric] = user_stats[metric].apply(Decimal)
    if "bitrate" in metric or "packetRate" in metric:
        user_stats = user_stats[user_stats[metric] > 0]
    user_stats['timedelta'] = pd.to_timedelta(user_stats['timestamp'], unit='S')
    user_stats.set_index('timedelta', inplace=True)
    user_stats = user_stats.resample(time_interval).agg({metric: 'mean'}).dropna()
    user_stats['timestamp'] = user_stats.index.total_seconds().astype(int)
    user_stats['next_timestamp'] = user_stats['timestamp'].shift(-1)
    user_stats = user_stats.dropna(subset=['next_timestamp'])
    sub_intervals = list(zip(user_stats[['timestamp', 'next_timestamp']].values.tolist(), user_stats[metric]))
    return sub_intervals


stats = pd.read_csv(os.path.join(HERE, "qos_input.csv"))
start_time = pd.Timestamp(START_MS, unit="ms", tz="UTC")
# as draw_cons_plot_qos() prepares the table
stats["timestamp"] = pd.to_datetime(stats["timestamp"], unit="ms").dt.tz_localize("UTC") \
    .apply(lambda x: (x - start_time).total_seconds())
with open(os.path.join(HERE, "qos_expected.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["metric", "user_index", "start", "end", "value"])
    for metric in ["jitter", "bitrate"]:
        for index, (user, session) in enumerate(users):
            for (s, e), v in avg_qos_intervals(stats, f"{user}-{session}", metric):
                w.writerow([metric, index, int(s), int(e), repr(float(v))])
print("start_ms", START_MS, "rows", len(rows))
