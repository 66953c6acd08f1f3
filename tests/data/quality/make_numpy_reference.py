#!/usr/bin/env python3
"""Independent reference numbers for the golden sample sets B, D and G (docs/quality-attenuation.md): the sample
moments and the exact percentiles of the latency samples (losses, > 15 s, excluded), computed by NumPy/SciPy
from the raw samples, not by loadscope. Output: numpy_reference.txt, one "section key value" line each (%.17g).
Usage: /usr/bin/python3 make_numpy_reference.py > numpy_reference.txt
"""
import numpy as np
from scipy import stats

from splitmix64 import uniform


def case_b():
    return [i / 10000 for i in range(1, 160000)]


def case_d():
    u = uniform(7)
    return [(1 + int(next(u) * 200)) / 1000 for _ in range(3000)]


def case_g():
    u = uniform(99)
    samples = []
    for i in range(1000):
        s = 0.02 + 0.1 * next(u)
        samples.append(20.0 if i % 50 == 0 else s)
    return samples


for name, samples in (("B", case_b()), ("D", case_d()), ("G", case_g())):
    x = np.array([s for s in samples if s <= 15.0])
    print(f"{name} n {len(samples)}")
    print(f"{name} losses {len(samples) - len(x)}")
    print(f"{name} mean {np.mean(x):.17g}")
    print(f"{name} variance {np.var(x, ddof=1):.17g}")
    print(f"{name} stddev {np.std(x, ddof=1):.17g}")
    print(f"{name} iqr {stats.iqr(x):.17g}")
    for p in (1, 10, 25, 50, 75, 90, 99):
        print(f"{name} p{p} {np.percentile(x, p):.17g}")
