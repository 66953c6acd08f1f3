#!/usr/bin/python3
"""Goldens for tests/ui/colour_map: matplotlib's own colours for the notebook's maps.

The notebook colours QoE with LinearSegmentedColormap.from_list("success", ["black", "orange", "yellow", "green",
"darkblue"]) over Normalize(0, 5), and jitter/RTT with the list reversed. Writes value, vmin, vmax, reversed, r, g, b
(0..255). Run: /usr/bin/python3 make_colour_goldens.py
"""
import csv
import os

import matplotlib.colors as mcolors

HERE = os.path.dirname(os.path.abspath(__file__))
colours = ["black", "orange", "yellow", "green", "darkblue"]
cases = [(v, 0, 5, 0) for v in [0, 0.3, 1.0, 1.25, 2.2, 2.5, 3.1, 3.75, 4.4, 4.99, 5, 6, -1]]
cases += [(v, 0, 0.1, 1) for v in [0, 0.01, 0.03, 0.05, 0.077, 0.1, 0.5]]
cases += [(v, 0, 0.5, 1) for v in [0.0125, 0.25, 0.31]]
cases += [(v, 0, 1500000, 0) for v in [100000, 750000, 1499999]]
with open(os.path.join(HERE, "colour_goldens.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["value", "vmin", "vmax", "reversed", "r", "g", "b"])
    for v, lo, hi, rev in cases:
        cmap = mcolors.LinearSegmentedColormap.from_list("success", colours[::-1] if rev else colours)
        r, g, b, _ = cmap(mcolors.Normalize(lo, hi)(v))
        w.writerow([repr(float(v)), lo, hi, rev, round(r * 255), round(g * 255), round(b * 255)])
