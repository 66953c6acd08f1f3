#!/usr/bin/env python3
"""Writes the tie-heavy latency samples behind the Go sort goldens (samples_<case>.txt, seconds, one per line).

Latencies are whole milliseconds, so many are equal: Go's sort.Sort (pdqsort) then meets unbalanced partitions,
runs breakPatterns, and its xorshift decides the order of equal centroids, which the t-digest's merging sees.
Random numbers: splitmix64 as in docs/quality-attenuation.md (splitmix64.py).
Usage: make_go_tie_samples.py [output folder, default go_ties/ beside this script]
"""
import math
import os
import sys

from splitmix64 import uniform


def milliseconds(seed, n, draw):
    random = uniform(seed)
    return [draw(i, next(random)) for i in range(n)]


CASES = {
    # name: (seed, n, milliseconds of sample i from u in [0, 1); 20000 ms is a loss (over 15 s))
    "ties13": (1, 13, lambda i, u: 10 + int(u * 3)),
    "ties50": (2, 50, lambda i, u: 20 + int(u * 5)),
    "ties200": (3, 200, lambda i, u: 20 + int(u * 20)),
    "ties1000": (4, 1000, lambda i, u: 5 + int(-math.log1p(-u) * 30)),
    "ties3000": (5, 3000, lambda i, u: 1 + int(u * 200)),
    "few5000": (6, 5000, lambda i, u: (12, 15, 15, 18, 25, 40, 90, 250)[int(u * 8)]),
    "losses2000": (7, 2000, lambda i, u: 20000 if i % 40 == 39 else 50 + int(u * 100)),
}

if __name__ == "__main__":
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "go_ties")
    for name, (seed, n, draw) in CASES.items():
        with open(os.path.join(folder, f"samples_{name}.txt"), "w", encoding="ascii") as out:
            out.write(f"# {n} latencies in whole milliseconds (seconds), splitmix64 seed {seed}\n")
            for ms in milliseconds(seed, n, draw):
                out.write(f"{ms / 1000!r}\n")
