#!/usr/bin/python3
"""SciPy 1.10.1's two-sided ks_2samp on large groups (n, m in the thousands, ties included): the goldens that
tests/core/stats/test_ks_large_groups.cpp holds stats::kolmogorovSmirnov to.

The groups are not stored: they are made from a seed by splitmix64, which the C++ test repeats bit for bit
(integers only, then one division by `scale`), so this file stays small. Each case has the group sizes, how its
values are drawn, SciPy's D and p-value (repr precision) and SciPy's method ("exact" up to 10,000 values per group,
"asymp" above, as ks_2samp's method='auto' chooses).

Run:  /usr/bin/python3 tests/data/stats/make_ks_large_goldens.py   (rewrites ks_large_goldens.json)
"""
import json
import os
import time

import numpy as np
import scipy
import scipy.stats as sstats

HERE = os.path.dirname(os.path.abspath(__file__))
MASK = (1 << 64) - 1


def splitmix64(seed, count):
    """count numbers of splitmix64 started at seed (Steele, Lea & Flood; Vigna's reference code)."""
    state = seed & MASK
    out = []
    for _ in range(count):
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        out.append(z ^ (z >> 31))
    return out


def group(spec):
    """value = (draw % levels + offset) / scale; `levels` small means many ties."""
    draws = splitmix64(spec["seed"], spec["n"])
    return np.array([float(d % spec["levels"] + spec["offset"]) / float(spec["scale"]) for d in draws])


def case(name, x, y):
    gx, gy = group(x), group(y)
    started = time.perf_counter()
    result = sstats.ks_2samp(gx, gy)  # two-sided, method='auto'
    seconds = time.perf_counter() - started
    method = "exact" if max(len(gx), len(gy)) <= 10000 else "asymp"
    return {"name": name, "x": x, "y": y, "method": method, "d": float(result.statistic),
            "p": float(result.pvalue), "scipy_seconds": round(seconds, 3)}


def spec(n, seed, levels, offset=0, scale=1):
    return {"n": n, "seed": seed, "levels": levels, "offset": offset, "scale": scale}


CONTINUOUS = 1 << 40  # so many levels that ties are rare

CASES = [
    # heavy ties, shifted a little: moderate D
    ("ties-3000-2000-shift", spec(3000, 1, 50), spec(2000, 2, 50, 2)),
    # the same distribution, no ties: small D, large p
    ("continuous-4999-5000-same", spec(4999, 3, CONTINUOUS, 0, 1 << 20), spec(5000, 4, CONTINUOUS, 0, 1 << 20)),
    # far apart: D large, p tiny (underflow territory)
    ("continuous-4999-5000-far", spec(4999, 5, CONTINUOUS, 0, 1 << 20),
     spec(5000, 6, CONTINUOUS, 1 << 39, 1 << 20)),
    # apart by about 0.3: p near 1e-200, far from underflow yet far below any rounding of 1
    ("continuous-5000-3001-apart", spec(5000, 22, CONTINUOUS, 0, 1 << 20),
     spec(3001, 23, CONTINUOUS, 3 << 37, 1 << 20)),
    # equal sizes: the square method
    ("ties-4000-4000-shift", spec(4000, 7, 200, 0, 10), spec(4000, 8, 200, 9, 10)),
    # the largest exact case, shifted by a tenth
    ("ties-10000-9999-shift", spec(10000, 9, 1000, 0, 100), spec(9999, 10, 1000, 100, 100)),
    # gcd large: m a multiple of n
    ("ties-6000-2000-shift", spec(6000, 11, 30), spec(2000, 12, 30, 1)),
    # very unbalanced
    ("ties-8000-150-shift", spec(8000, 13, 100), spec(150, 14, 100, 20)),
    ("one-vs-5000", spec(1, 15, 1000), spec(5000, 16, 1000)),
    # identical groups: D = 0, p = 1
    ("identical-2500", spec(2500, 17, 40), spec(2500, 17, 40)),
    # above 10,000 values: SciPy's asymptotic method
    ("asymp-10001-7000-shift", spec(10001, 18, 500), spec(7000, 19, 500, 15)),
    # disjoint groups: D = 1
    ("disjoint-3001-1999", spec(3001, 20, 10), spec(1999, 21, 10, 10)),
]


def main():
    header = {"scipy": scipy.__version__, "numpy": np.__version__, "script": os.path.basename(__file__)}
    cases = [case(name, x, y) for name, x, y in CASES]
    with open(os.path.join(HERE, "ks_large_goldens.json"), "w") as f:
        json.dump({"generated_by": header, "cases": cases}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
