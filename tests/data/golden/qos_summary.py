#!/usr/bin/python3
"""qos_summary.csv from the reference pipeline's qos_<test>_<direction>_<kind>.csv tables: for every numeric column
of every table, count, mean, median, min, max and std (n-1), as pandas computes them (NaN cells skipped).
Usage: qos_summary.py REFERENCE_OUT_DIR TEST... > qos_summary.csv"""
import glob, os, sys

import pandas as pd


def main():
    out_dir, tests = sys.argv[1], sys.argv[2:]
    rows = []
    for path in sorted(glob.glob(os.path.join(out_dir, "qos_*.csv"))):
        stem = os.path.basename(path)[len("qos_"):-len(".csv")]
        test = next(t for t in sorted(tests, key=len, reverse=True) if stem.startswith(t + "_"))
        direction, kind = stem[len(test) + 1:].rsplit("_", 1)
        # RTCStats `mid` is a string ("0", "1"): the CSV makes it look numeric, the JSON says it is not.
        table = pd.read_csv(path, dtype={"mid": str, "rid": str})
        for column in table.select_dtypes(include="number").columns:
            values = table[column]
            rows.append({"test": test, "direction": direction, "kind": kind, "metric": column,
                         "count": int(values.count()), "mean": values.mean(), "median": values.median(),
                         "min": values.min(), "max": values.max(), "std": values.std(ddof=1)})
    pd.DataFrame(rows, columns=["test", "direction", "kind", "metric", "count", "mean", "median", "min", "max",
                                "std"]).to_csv(sys.stdout, index=False)


if __name__ == "__main__":
    main()
