#!/usr/bin/python3
"""The notebook's QoE-progression and per-test QoS charts, as data: runs those two cells of seed 000 (their
pandas code kept as written, the plotting left out) on the tables the reference pipeline wrote.

Usage: views_cells.py REFERENCE_OUT TEST...   writes, for each TEST, into this folder:
  qoe_progression_<TEST>.csv  metric,time_group,qoe          (cell "Paint simple line chart with QoE values")
  qos_over_time_<TEST>.csv    direction,kind,metric,timestamp,mean,min,max
                              (cell "for type in types: for direction in directions: ... fill_between")
"""
import os
import sys

import pandas as pd

out_dir, tests = sys.argv[1], sys.argv[2:]
here = os.path.dirname(os.path.abspath(__file__))
connection_stats_global = pd.read_csv(os.path.join(out_dir, "connection_stats.csv"))


def number(x):
    return "" if pd.isnull(x) else repr(float(x))


for index_list_name in tests:
    # --- QoE progression (verbatim but for the plots) ---
    connection_stats = connection_stats_global[connection_stats_global["index"] == index_list_name].copy()
    connection_stats["time_midpoint"] = (connection_stats["start_time"] + connection_stats["end_time"]) / 2
    if "kurento" in index_list_name:
        interval = 0.001
    else:
        interval = 1
    connection_stats["time_group"] = connection_stats["time_midpoint"] // interval * interval
    rows = []
    for metric in ["vmaf", "visqol"]:
        cs = connection_stats[connection_stats["qoe_metric"] == metric]
        cs = cs.groupby("time_group").agg({"qoe": "mean"}).reset_index()
        rows += [(metric, number(t), number(q)) for t, q in zip(cs["time_group"], cs["qoe"])]
    with open(os.path.join(here, f"qoe_progression_{index_list_name}.csv"), "w") as f:
        f.write("metric,time_group,qoe\n")
        f.writelines(",".join(r) + "\n" for r in rows)

    # --- QoS per test (verbatim but for the plots; packetLoss added to the notebook's metric lists) ---
    strictness = 0
    rows = []
    metrics_of = {"inbound": ["bitrate", "packetRate", "jitter", "packetLoss"],
                  "outbound": ["bitrate", "packetRate"],
                  "remote_inbound": ["jitter", "roundTripTime", "packetLoss"]}
    for type in ["audio", "video"]:
        for direction, metrics in metrics_of.items():
            for metric in metrics:
                filepath = os.path.join(out_dir, f"qos_{index_list_name}_{direction}_{type}.csv")
                if not os.path.exists(filepath):
                    continue
                stats_inbound_video = pd.read_csv(filepath)
                if not metric in stats_inbound_video.columns:
                    continue
                start_time = stats_inbound_video["timestamp"].min()
                stats_inbound_video["timestamp"] = stats_inbound_video["timestamp"].apply(
                    lambda x: (x - start_time) / 1000
                )
                stats_inbound_video["timestamp"] = stats_inbound_video["timestamp"].apply(
                    lambda x: round(x, strictness)
                )
                grouped = stats_inbound_video[metric].groupby(stats_inbound_video["timestamp"])
                avg, mx, mn = grouped.mean(), grouped.max(), grouped.min()
                for t in avg.index:
                    rows.append((direction, type, metric, number(t), number(avg[t]), number(mn[t]), number(mx[t])))
    with open(os.path.join(here, f"qos_over_time_{index_list_name}.csv"), "w") as f:
        f.write("direction,kind,metric,timestamp,mean,min,max\n")
        f.writelines(",".join(r) + "\n" for r in rows)
