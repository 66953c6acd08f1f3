#!/usr/bin/python3
"""Makes the fuzz targets' seed corpus (tests/fuzz/corpus/<target>/) from a generated results folder and the
hand-made malformed fixtures of tests/data/load. Run from anywhere:

    make_corpus.py BUILD/app/cli/loadscope-cli

It runs `loadscope-cli generate /tmp/fuzz/gen --seed 1 --tests kurento-2p pion-8p --sessions 1 --duration 60`,
then cuts small files from it: stats.json keeps a few records (whole file < 20 kB each), the other kinds are
small already. Regenerating replaces the corpus folders (not regressions/)."""
import json
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE.parent.parent
GEN = pathlib.Path("/tmp/fuzz/gen")
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


def main():
    cli = pathlib.Path(sys.argv[1]).resolve()
    shutil.rmtree(GEN, ignore_errors=True)
    subprocess.run([cli, "generate", GEN, "--seed", "1", "--tests", "kurento-2p", "pion-8p", "--sessions", "1",
                    "--duration", "60"], check=True)
    shutil.rmtree(HERE / "corpus", ignore_errors=True)
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
