#!/usr/bin/python3
"""Makes the fuzz targets' seed corpus (tests/fuzz/corpus/<target>/) from a generated results folder and the
hand-made malformed fixtures of tests/data/load. Run from anywhere:

    make_corpus.py BUILD/app/cli/loadscope-cli

It runs `loadscope-cli generate /tmp/fuzz/gen --seed 1 --tests kurento-2p pion-8p --sessions 1 --duration 60`,
then cuts small files from it: stats.json keeps a few records (whole file < 20 kB each), the other kinds are
small already. The Metricbeat export and the 2026 report come from the same tests generated with
`--layout 2026 --writer 2026 --media-node metricbeat` (/tmp/fuzz/gen2026), cut to a few documents, beside
hand-written lines (dotted keys, an Elasticsearch hit, broken lines). Regenerating replaces the corpus folders
(not regressions/); `make_corpus.py CLI --generated-only` remakes only the metricbeat and results_report folders."""
import json
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
GEN = pathlib.Path("/tmp/fuzz/gen")
GEN2026 = pathlib.Path("/tmp/fuzz/gen2026")
KURENTO = "loadtest-webrtc-2024-kurento-2p"
PION = "loadtest-webrtc-2024-pion-8p"


def write(target, name, data):
    folder = HERE / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def compact(value):
    return json.dumps(value, separators=(",", ":"))


def stats_seeds():
    for test, user, picks in ((KURENTO, "User1", (0, 10)), (PION, "User2", (5,)), (PION, "User5", (20, 21))):
        records = json.loads((GEN / "stats" / test / "LoadTestSession1" / user / "stats.json").read_text())
        kept = [records[i] for i in picks if i < len(records)]
        for record in kept:  # a record holds every peer connection; two keep every report kind in reach
            record["webrtcStats"] = record["webrtcStats"][:2]
        text = compact(kept)
        write("stats", f"{test.split('-')[-2]}_{user}.json", text)
    # A running test leaves the array unterminated.
    write("stats", "unterminated.json", text[: len(text) // 2])


def copy_kind(target, pattern, root, limit):
    for i, path in enumerate(sorted(root.glob(pattern))[:limit]):
        write(target, f"{root.name}_{i}_{path.name}", path.read_bytes())


# Hand-written Metricbeat lines a real export may hold besides the generated nested documents.
METRICBEAT_LINES = """{"@timestamp":"2024-06-13T10:00:00.000Z","system.cpu.total.norm.pct":0.25,"fields.node_role":"medianode"}
{"@timestamp":"2024-06-13T10:00:00.004Z","system.memory":{"actual.used":{"pct":0.3}},"fields":{"node_role":"medianode"}}
{"_index":"metricbeat-7.17.0","_id":"x","_source":{"@timestamp":"2024-06-13T10:00:05Z","system":{"cpu":{"total":{"norm":{"pct":NaN}}}}}}
{"@timestamp":"2024-06-13T10:00:05.001Z","system":{"cpu":{"total":{"norm":{"pct":"high"}}}},"fields":{"node_role":"browseremulator"}}
{"@timestamp":"yesterday","system.memory.used.pct":null}
{"@timestamp":"2024-06-13T10:00:10Z","system":{"cpu":
[1, 2]
"""


def generated_seeds(cli):
    shutil.rmtree(GEN2026, ignore_errors=True)
    subprocess.run([cli, "generate", GEN2026, "--seed", "1", "--tests", "kurento-2p", "pion-8p", "--sessions", "1",
                    "--duration", "60", "--layout", "2026", "--writer", "2026", "--media-node", "metricbeat"],
                   check=True)
    for i, path in enumerate(sorted(GEN2026.glob("dfs_final/*.ndjson"))):
        lines = path.read_text().splitlines(keepends=True)
        write("metricbeat", f"gen_{i}_{path.name}", "".join(lines[20:32]))
    write("metricbeat", "hand_written.ndjson", METRICBEAT_LINES)
    for root in (GEN, GEN2026):
        copy_kind("results_report", "logs/results*.txt", root, 2)


def main():
    cli = pathlib.Path(sys.argv[1]).resolve()
    only = sys.argv[2:] == ["--generated-only"]
    shutil.rmtree(GEN, ignore_errors=True)
    subprocess.run([cli, "generate", GEN, "--seed", "1", "--tests", "kurento-2p", "pion-8p", "--sessions", "1",
                    "--duration", "60"], check=True)
    if only:
        for target in ("metricbeat", "results_report"):
            shutil.rmtree(HERE / "corpus" / target, ignore_errors=True)
        generated_seeds(cli)
        return
    shutil.rmtree(HERE / "corpus", ignore_errors=True)
    generated_seeds(cli)
    stats_seeds()
    fixtures = SOURCE / "tests" / "data" / "load"
    for root, limit in ((GEN, 3), (fixtures / "malformed", 10), (fixtures / "root2026", 1)):
        copy_kind("events", "stats/*/*/*/events.json", root, limit)
        copy_kind("log", "logs/*.log", root, limit)
        copy_kind("resource_csv", "dfs_final/*.csv", root, limit)
        copy_kind("qoe", "qoe/*/*_cuts.json", root, limit)
        copy_kind("batches", "dfs_final/batches.json", root, limit)
    copy_kind("stats", "stats/*/*/*/stats.json", fixtures / "malformed", 10)
    copy_kind("latency_samples", "samples_*.txt", SOURCE / "tests" / "data" / "quality", 10)
    # Round-trip times (s) as the quality tables read them from a generated stats.json, one per line.
    write("latency_samples", "gen_rtt.txt", "# generated RTTs\n" + "".join(
        f"{v}\n" for v in (0.0021, 0.0187, 0.25, 16.0, 0.0033, 0.0)))


if __name__ == "__main__":
    main()
