#!/usr/bin/python3
"""Expected loader output for root2024/, computed by the reference notebook code (not by loadscope), except that
stats.json numbers that are not JSON (NaN, Infinity, 1e400) are left out, as the loader does (issue 14).

Runs the functions of /work/shared/reference/notebook_pipeline.py (process_index_list, process_log_file, load_qoe),
the CPU reading lines of its main() and its separate_stats() block (copied verbatim below, as it is not a
function there) on root2024/, and writes expected_values.json, which the C++ test compares with what the loader
loaded. Times are integer nanoseconds; the log's local times are written as the wall-clock time read as UTC.
Floats use repr (round trip); NaN / inf are written as the strings "NaN", "inf", "-inf".
Usage: /usr/bin/python3 expected_values.py  (run make_fixtures.py first)
Also: expected_values.py ROOT OUT.json TEST...  for any 2024-layout folder (e.g. the generator's output); then run
test_results_loader with LOADSCOPE_LOAD_ROOT=ROOT LOADSCOPE_LOAD_EXPECTED=OUT.json to compare the loader with it.
"""
import json, math, os, sys

import pandas as pd

sys.path.insert(0, "/work/shared/reference")
import notebook_pipeline as nb  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = sys.argv[1] if len(sys.argv) > 3 else os.path.join(HERE, "root2024")
OUT = sys.argv[2] if len(sys.argv) > 3 else os.path.join(HERE, "expected_values.json")
TESTS = sys.argv[3:] if len(sys.argv) > 3 else ["loadtest-webrtc-2024-kurento-2p", "loadtest-webrtc-2024-pion-8p"]


def num(x):
    x = float(x)
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def ns(t):
    return int(pd.Timestamp(t).value)


def local_ns(t):
    """An aware datetime's wall-clock time read as UTC."""
    return int(pd.Timestamp(t.replace(tzinfo=None)).value)


def separate_stats(root, n):
    """notebook_pipeline.main()'s QoS block, verbatim except that users are visited in (session, user) order
    instead of os.scandir order, so the row order is defined."""
    sd = {f"{d}_{k}": [] for d in ["inbound", "outbound", "remote_inbound", "remote_outbound"] for k in ["audio", "video"]}
    users = sorted(nb.get_index_data(root, n, "stats"),
                   key=lambda u: (int(u["session"].replace("LoadTestSession", "")), int(u["user"].replace("User", ""))))
    for st in users:
        for s in st["stats"]:
            if "webrtcStats" not in s:
                continue
            for ws in s["webrtcStats"]:
                if ws.get("event") != "stats" or "data" not in ws:
                    continue
                d = ws["data"]
                pairs = [(d["audio"]["inbound"], "inbound", "audio"), (d["audio"]["outbound"], "outbound", "audio"),
                         (d["video"]["inbound"], "inbound", "video"), (d["video"]["outbound"], "outbound", "video"),
                         (d["remote"]["audio"]["inbound"], "remote_inbound", "audio"),
                         (d["remote"]["audio"]["outbound"], "remote_outbound", "audio"),
                         (d["remote"]["video"]["inbound"], "remote_inbound", "video"),
                         (d["remote"]["video"]["outbound"], "remote_outbound", "video")]
                for data, di, ty in pairs:
                    for x in data or []:
                        # The one change to the notebook's reading (issue 14): NaN, Infinity, -Infinity and 1e400
                        # are not JSON; the loader reports each and leaves the value out.
                        x = {k: v for k, v in x.items() if not (isinstance(v, float) and not math.isfinite(v))}
                        x["user"], x["session"], x["peerId"] = st["user"], st["session"], ws["peerId"]
                        if "packetsLost" in x and ("packetsSent" in x or "packetsReceived" in x):
                            x["packetLoss"] = x["packetsLost"] / (x.get("packetsSent", 0) + x.get("packetsReceived", 0))
                        sd[f"{di}_{ty}"].append(x)
    return sd


def qos_tables(n):
    out = {}
    for name, rows in separate_stats(ROOT, n).items():
        df = pd.DataFrame(rows)
        table = {"rows": len(df), "columns": {}}
        if len(df):
            table["user"] = [int(u.replace("User", "")) for u in df["user"]]
            table["peerId"] = list(df["peerId"])
            for c in df.columns:
                if df[c].dtype.kind in "fiu":  # numeric columns only (bool, str and mixed columns are not)
                    table["columns"][c] = [num(v) for v in df[c]]
        out[name] = table
    return out


def events(n):
    _, df = nb.process_index_list(ROOT, n)
    users = {}
    for _, row in df.iterrows():
        users.setdefault(f"{row['session']}-{row['user']}", []).append([row["event"], ns(row["timestamp"])])
    return users


def log(n):
    failures, se = nb.process_log_file(os.path.join(ROOT, "logs", n + ".log"), "+0200")
    return {"failures": [[int(r["session"]), int(r["user"]), int(r["attempts"]), local_ns(r["timestamp"])] for _, r in failures.iterrows()],
            "start": local_ns(se[0]), "end": local_ns(se[1])}


def resources(n):
    # main()'s In [8] lines
    c = pd.read_csv(os.path.join(ROOT, "dfs_final", f"{n}-medianode.csv"))
    m = c.copy()
    c = c.drop(columns=["memory"]).dropna()
    m = m.drop(columns=["cpu"]).dropna()
    c["@timestamp"] = pd.to_datetime(c["@timestamp"], utc=True)
    m["@timestamp"] = pd.to_datetime(m["@timestamp"], utc=True)
    return {"cpu": [[ns(t), num(v)] for t, v in zip(c["@timestamp"], c["cpu"])],
            "memory": [[ns(t), num(v)] for t, v in zip(m["@timestamp"], m["memory"])]}


def qoe(n):
    q = nb.load_qoe(ROOT, n)
    rows = []
    for _, r in q.iterrows():
        extra = {k: num(r[k]) for k in q.columns if k not in ("cut_index", "vmaf", "visqol", "userRecording", "userBeingRecorded", "session")}
        rows.append({"session": r["session"], "receiver": r["userRecording"], "sender": r["userBeingRecorded"],
                     "cut_index": int(r["cut_index"]), "vmaf5": num(r["vmaf"]), "visqol5": num(r["visqol"]), "extra": extra})
    return rows


def main():
    result = {t: {"events": events(t), "log": log(t), "resources": resources(t), "qoe": qoe(t), "qos": qos_tables(t)} for t in TESTS}
    with open(OUT, "w") as f:
        json.dump(result, f, indent=1, allow_nan=False)
        f.write("\n")
    print("wrote", OUT, {t: sum(v["rows"] for v in r["qos"].values()) for t, r in result.items()}, "QoS rows")


if __name__ == "__main__":
    main()
