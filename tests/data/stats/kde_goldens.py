#!/usr/bin/python3
"""Golden values for ui/plot/kernel_density (the violin plots' KDE) and the box plots' statistics: scipy.stats.gaussian_kde with Scott's
bandwidth, SciPy 1.10.1 (Debian 12 python3-scipy). Writes kde_goldens.json next to this script.
Run: /usr/bin/python3 tests/data/stats/kde_goldens.py"""
import json
import os

import numpy as np
import scipy
from scipy import stats

rng = np.random.default_rng(20261122)


def case(name, values):
    values = np.asarray(values, dtype=float)
    entry = {"name": name, "values": values.tolist()}
    try:
        kde = stats.gaussian_kde(values)  # bw_method=None: Scott
    except (np.linalg.LinAlgError, ValueError) as e:
        entry["refused"] = str(e)
        return entry
    bandwidth = float(np.sqrt(kde.covariance[0, 0]))
    lo, hi = values.min() - 3 * bandwidth, values.max() + 3 * bandwidth
    points = np.linspace(lo, hi, 41)
    entry.update({"factor": float(kde.factor), "bandwidth": bandwidth, "points": points.tolist(),
                  "density": kde.evaluate(points).tolist()})
    return entry


cases = [
    case("n3", [1.0, 2.0, 4.0]),
    case("n5_vmaf_like", [4.1, 3.9, 4.4, 2.7, 4.0]),
    case("normal_50", rng.normal(3.5, 0.6, 50)),
    case("normal_1000", rng.normal(0.0, 1.0, 1000)),
    case("lognormal_skewed_300", rng.lognormal(0.0, 1.0, 300)),
    case("ties_integers_200", rng.integers(0, 6, 200)),
    case("bimodal_400", np.concatenate([rng.normal(1, 0.2, 200), rng.normal(4, 0.5, 200)])),
    case("connection_seconds_5000", rng.gamma(2.0, 1.5, 5000)),
    case("two_values", [2.5, 4.5]),
    # Far from zero relative to its spread: SciPy divides before subtracting, so a 1e6 offset would amplify
    # the last bit of the bandwidth; 100 stays well-conditioned.
    case("offset_100", 100 + rng.normal(0, 0.5, 30)),
    case("constant_refused", [3.0, 3.0, 3.0, 3.0]),
]



def box(name, values):
    """The box plot's numbers: numpy.percentile (linear) quartiles, Tukey whiskers at 1.5 IQR."""
    values = np.asarray(values, dtype=float)
    q1, median, q3 = np.percentile(values, [25, 50, 75])
    inside = values[(values >= q1 - 1.5 * (q3 - q1)) & (values <= q3 + 1.5 * (q3 - q1))]
    return {"name": name, "values": values.tolist(), "q1": q1, "median": median, "q3": q3,
            "lower_whisker": float(inside.min()), "upper_whisker": float(inside.max()),
            "outliers": int(len(values) - len(inside))}


boxes = [
    box("one", [2.0]),
    box("n4", [4.0, 1.0, 3.0, 2.0]),
    box("with_outliers", [1.0, 2.0, 2.5, 3.0, 3.2, 3.3, 10.0, -6.0]),
    box("ties", rng.integers(0, 4, 50)),
    box("skewed_500", rng.lognormal(0.0, 1.2, 500)),
    box("constant", [4.2] * 7),
]

out = {"scipy": scipy.__version__, "numpy": np.__version__, "cases": cases, "boxes": boxes}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "kde_goldens.json")
with open(path, "w") as f:
    json.dump(out, f, indent=1)
print(path, len(cases), "cases")
