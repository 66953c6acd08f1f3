#!/usr/bin/python3
"""Generates the golden numbers that tests/core/stats holds core/stats to.

Every expected value comes from SciPy / NumPy / pandas as installed on the build machine (Debian 12:
SciPy 1.10.1, NumPy 1.24, pandas 1.5.3), never from loadscope.  The data sets are generated
deterministically (fixed seeds) and stored next to the results, so CI needs no Python.

Run:  /usr/bin/python3 tests/data/stats/make_goldens.py   (rewrites goldens.json and comparison.json)

A result that SciPy refuses or that is NaN is stored as null together with the error text; the C++ side
must then report "cannot compute" with a message instead of a number.
"""
import ast
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import scipy
import scipy.special
import scipy.stats as sstats

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE = "/work/shared/reference/notebook_pipeline.py"

warnings.simplefilter("ignore")


def num(v):
    """A float as JSON (repr precision), null for NaN / infinity / missing."""
    if v is None:
        return None
    v = float(v)
    return v if math.isfinite(v) else None


def attempt(fn):
    """[statistic, p] from a SciPy call, or {"error": text} when SciPy raises."""
    try:
        r = fn()
        return [num(r[0]), num(r[1])]
    except Exception as e:  # noqa: BLE001 - any refusal is an expected outcome to pin
        return {"error": f"{type(e).__name__}: {e}"}


def describe(values):
    s = pd.Series(values, dtype=float)
    q1, q3 = s.quantile(0.25), s.quantile(0.75)
    iqr = q3 - q1
    outliers = (s < q1 - 1.5 * iqr) | (s > q3 + 1.5 * iqr)
    return {"mean": num(s.mean()), "median": num(s.median()), "std": num(s.std()),
            "q1": num(q1), "q3": num(q3), "outlier_mask": [bool(b) for b in outliers]}


def anderson(x, y):
    r = sstats.anderson_ksamp([x, y])
    return r.statistic, r.significance_level


def results(x, y, cx, cy):
    x, y = np.asarray(x, float), np.asarray(y, float)
    out = {
        "describe_x": describe(x), "describe_y": describe(y),
        "ranks": [num(r) for r in sstats.rankdata(np.concatenate([x, y]))],
        "mannwhitneyu": attempt(lambda: sstats.mannwhitneyu(x, y)),
        "ttest_ind": attempt(lambda: sstats.ttest_ind(x, y)),
        "shapiro_x": attempt(lambda: sstats.shapiro(x)),
        "shapiro_y": attempt(lambda: sstats.shapiro(y)),
        "levene_median": attempt(lambda: sstats.levene(x, y, center="median")),
        "fligner_median": attempt(lambda: sstats.fligner(x, y, center="median")),
        "ks_2samp": attempt(lambda: sstats.ks_2samp(x, y)),
        "anderson_ksamp": attempt(lambda: anderson(x, y)),
        "kruskal": attempt(lambda: sstats.kruskal(x, y)),
        "pearson_x": attempt(lambda: sstats.pearsonr(cx, x)),
        "pearson_y": attempt(lambda: sstats.pearsonr(cy, y)),
    }
    return out


def cpu_for(rng, values):
    """CPU medians loosely correlated with the metric, as in a real load test."""
    v = np.asarray(values, float)
    if len(v) == 0:
        return v
    spread = np.ptp(v) or 1.0
    return np.clip(0.6 + 0.3 * (v - v.min()) / spread + rng.normal(0, 0.05, len(v)), 0, 1)


def data_sets():
    """(name, x, y) pairs: small and large, ties and none, skewed, identical, degenerate."""
    r = np.random.RandomState(20261122)
    vmaf = lambda n, loc, sd: np.round(np.clip(r.normal(loc, sd, n), 0, 100), 2)  # noqa: E731
    sets = [
        ("n3_vs_n3", r.normal(0, 1, 3), r.normal(0.5, 1, 3)),
        ("n3_vs_n4", r.normal(0, 1, 3), r.normal(1, 1, 4)),
        ("n4_vs_n5_ties", np.array([1.0, 2, 2, 3]), np.array([2.0, 3, 3, 4, 5])),
        ("n5_vs_n8", r.normal(0, 1, 5), r.normal(0.3, 1, 8)),
        ("n6_vs_n5", r.exponential(1, 6), r.exponential(2, 5)),
        ("n7_vs_n11", r.uniform(0, 1, 7), r.uniform(0.2, 1.2, 11)),
        ("n8_vs_n30", r.normal(10, 2, 8), r.normal(11, 2, 30)),
        ("n7_vs_n400_exact_mwu", r.normal(0, 1, 7), r.normal(0.2, 1, 400)),
        ("n9_vs_n9", r.normal(0, 1, 9), r.normal(0, 1, 9)),
        ("n10_vs_n12_integer_ties", np.round(r.normal(5, 2, 10)), np.round(r.normal(6, 2, 12))),
        ("n11_vs_n12", r.normal(0, 1, 11), r.gamma(2, 1, 12)),
        ("n20_vs_n20", r.normal(0, 1, 20), r.normal(0.8, 1.5, 20)),
        ("n50_vs_n70_lognormal", r.lognormal(0, 1, 50), r.lognormal(0.3, 1.2, 70)),
        ("n100_vs_n80_exponential", r.exponential(3, 100), r.exponential(4, 80)),
        ("n200_vs_n300_vmaf", vmaf(200, 85, 6), vmaf(300, 80, 9)),
        ("identical_n15", np.arange(15.0) ** 1.5, np.arange(15.0) ** 1.5),
        ("identical_n200_vmaf", *(2 * [vmaf(200, 90, 4)])),
        ("large_shift_n300", r.normal(0, 1, 300), r.normal(3, 1, 300)),
        ("huge_shift_n400", r.normal(0, 1, 400), r.normal(12, 1, 400)),
        ("n1000_vs_n1000", r.normal(50, 10, 1000), r.normal(50.5, 10, 1000)),
        ("n5000_vs_n5000", r.normal(0, 1, 5000), r.standard_t(5, 5000)),
        ("n3000_vs_n4999", r.gamma(3, 2, 3000), r.gamma(3.1, 2, 4999)),
        ("n12_vs_n400", r.normal(70, 5, 12), r.normal(72, 8, 400)),
        ("x_constant", np.full(10, 4.5), r.normal(4, 1, 12)),
        ("both_constant_same", np.full(8, 2.0), np.full(9, 2.0)),
        ("both_constant_different", np.full(8, 2.0), np.full(9, 3.0)),
        ("n1_vs_n10", np.array([3.0]), r.normal(3, 1, 10)),
        ("n2_vs_n2", np.array([1.0, 2.0]), np.array([1.5, 4.0])),
        ("n2_vs_n3", np.array([1.0, 2.0]), np.array([1.5, 4.0, 0.5])),
        ("heavy_ties_n40_vs_n60", r.randint(1, 4, 40).astype(float), r.randint(1, 4, 60).astype(float)),
        ("outliers_n60_vs_n50", np.r_[r.normal(80, 3, 56), [20.0, 25, 140, 150]],
         np.r_[r.normal(75, 4, 47), [5.0, 160, 170]]),
        ("bimodal_n80_vs_n90", np.r_[r.normal(0, 1, 40), r.normal(6, 1, 40)], r.normal(3, 3, 90)),
        ("uniform_n37_vs_n41", r.uniform(0, 10, 37), r.uniform(1, 11, 41)),
        ("heavy_tails_t2_n150", r.standard_t(2, 150), r.standard_t(2, 160)),
        ("offset_1e6", 1e6 + r.normal(0, 1, 60), 1e6 + r.normal(0.2, 1, 70)),
        ("scale_1e-6", 1e-6 * r.normal(0, 1, 45), 1e-6 * r.normal(0.5, 1, 35)),
        ("connection_durations_n150_vs_n12", r.gamma(2, 0.8, 150), r.gamma(2, 1.5, 12)),
        ("n4_vs_n100", r.normal(0, 1, 4), r.normal(0, 1, 100)),
        ("n30_vs_n30_disjoint", np.arange(30.0), np.arange(30.0) + 100),
        ("n25_vs_n35_one_common_value", np.r_[r.normal(0, 1, 24), 7.0], np.r_[r.normal(1, 1, 34), 7.0]),
        ("n500_vs_n20_skewed", r.chisquare(2, 500), r.chisquare(3, 20)),
        ("n64_vs_n96_gcd32", r.normal(0, 1, 64), r.normal(0.4, 1, 96)),
        ("n13_vs_n17_rounded1", np.round(r.normal(3, 1, 13), 1), np.round(r.normal(3.4, 1, 17), 1)),
        ("n2000_vs_n1500_vmaf", vmaf(2000, 88, 5), vmaf(1500, 86, 7)),
        ("n6_vs_n6_exact", r.normal(0, 1, 6), r.normal(2, 1, 6)),
        # Over 10000 values: ks_2samp switches to the asymptotic kstwo p-value.
        ("n10050_vs_n60_asymptotic_ks", np.round(r.normal(0, 1, 10050), 3), np.round(r.normal(0.3, 1, 60), 3)),
    ]
    rng = np.random.RandomState(7)
    return [(name, np.asarray(x, float), np.asarray(y, float), cpu_for(rng, x), cpu_for(rng, y))
            for name, x, y in sets]


def shapiro_sets():
    """Single samples for Shapiro-Wilk across its branches: n = 3, 4..5, 6..11, 12..5000."""
    r = np.random.RandomState(99)
    sizes = [3, 4, 5, 6, 7, 10, 11, 12, 19, 20, 21, 50, 137, 1000, 4999]
    sets = [(f"normal_n{n}", r.normal(5, 2, n)) for n in sizes]
    sets += [(f"exponential_n{n}", r.exponential(1, n)) for n in (3, 8, 30, 300)]
    sets += [("ties_n12", np.array([1.0, 1, 1, 2, 2, 3, 3, 3, 3, 4, 5, 9])),
             ("near_constant_n3", np.array([1.0, 1.0, 1.0000001])),
             ("arithmetic_n3", np.array([1.0, 2.0, 3.0]))]
    return sets


def kstwo_points():
    """kstwo.sf(d, n) across the branches of scipy/stats/_ksstats.py (small/large n, d ranges)."""
    r = np.random.RandomState(5)
    points = []
    for n in [1, 2, 5, 10, 50, 100, 140, 141, 200, 500, 1000, 5000, 20000, 100000, 200000]:
        ds = np.r_[r.uniform(0, 1, 4), r.uniform(0, 3 / np.sqrt(n), 8), 0.5 / n, 0.99 / n, 1.5 / n, 0.5, 0.7]
        for d in ds:
            if 0 < d < 1:
                points.append([n, num(d), num(sstats.kstwo.sf(d, n)), num(scipy.special.smirnov(n, d))])
    return points


def mwu_exact_points():
    """P(U >= u) for sizes SciPy's own exact MWU cannot reach (its memo table explodes for n > 500).

    Counted independently of both SciPy and loadscope: Mann & Whitney's recurrence
    f(m, n, k) = f(m-1, n, k-n) + f(m, n-1, k), iterated over n in int64 (exact at these sizes),
    then summed with exact fractions.
    """
    from fractions import Fraction
    from math import comb
    points = []
    for m, n_max in [(1, 50), (2, 9), (3, 3000), (5, 2000), (8, 500)]:
        top = m * n_max
        f = np.zeros((m + 1, top + 1), dtype=np.int64)
        f[:, 0] = 1  # n = 0: only U = 0
        for n in range(1, n_max + 1):
            new = np.zeros_like(f)
            new[0, 0] = 1
            for mm in range(1, m + 1):
                new[mm, n:] = new[mm - 1, :top + 1 - n]
                new[mm] += f[mm]
            f = new
        counts = [int(c) for c in f[m]]
        total = comb(m + n_max, m)
        assert sum(counts) == total
        for u in sorted({top, top - 1, top - 2, int(top * 0.9), int(top * 0.75), int(top * 0.6), top // 2 + 1, 1}):
            points.append([m, n_max, u, float(Fraction(sum(counts[u:]), total))])
    return points


def reference_compare():
    """compare() and iqr_out() exactly as written in the reference notebook script."""
    tree = ast.parse(open(REFERENCE).read())
    wanted = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and node.name in ("compare", "iqr_out"):
            wanted[node.name] = node
    module = ast.Module(body=[wanted["iqr_out"], wanted["compare"]], type_ignores=[])
    space = {"sstats": sstats, "np": np, "pd": pd}
    exec(compile(module, REFERENCE, "exec"), space)  # noqa: S102 - our own read-only reference
    return space["compare"], space["iqr_out"]


def comparison_cases():
    """One raw + clean comparison row per case, straight from the reference script's compare()."""
    compare, iqr_out = reference_compare()
    r = np.random.RandomState(4242)
    cases = []
    for name, xs, ys in [
        ("vmaf_with_outliers", np.r_[np.round(r.normal(88, 4, 70), 2), [12.5, 30.0]],
         np.r_[np.round(r.normal(82, 6, 40), 2), [99.9, 5.0, 8.0]]),
        ("no_outliers", np.round(r.uniform(60, 90, 25), 2), np.round(r.uniform(55, 85, 18), 2)),
    ]:
        rng = np.random.RandomState(len(xs))
        cx, cy = cpu_for(rng, xs) * 0.89, 0.9 + cpu_for(rng, ys) * 0.1
        px = pd.DataFrame({"m": xs, "cpu_median": cx})
        py = pd.DataFrame({"m": ys, "cpu_median": cy})
        sx, sy = px["m"], py["m"]
        ox, oy = iqr_out(sx), iqr_out(sy)
        rows = {}
        for variant in ("raw", "clean"):
            if variant == "raw":
                a, b, la, lb = sx, sy, len(sx), len(sy)
            else:
                a, b = sx[~sx.isin(ox)], sy[~sy.isin(oy)]
                la, lb = len(sx) - len(ox), len(sy) - len(oy)
            basics, comp = compare("X", "Y", a, b, la, lb)
            row = {
                "n_x": la, "n_y": lb, "mean_x": basics["mean(X)"], "mean_y": basics["mean(Y)"],
                "median_x": basics["median(X)"], "median_y": basics["median(Y)"],
                "std_x": basics["std(X)"], "std_y": basics["std(Y)"],
                "outliers_x": len(ox), "outliers_y": len(oy),
                "u": comp["U (MWU)"], "p_mwu": comp["p-value (MWU)"],
                "rank_biserial": comp["effect size (MWU, rank-biserial correlation)"],
                "t": comp["t (t-test)"], "p_t": comp["p-value (t-test)"],
                "cohen_d": comp["effect size (t-test, Cohen's d)"],
                "shapiro_x_w": comp["Shapiro X"][0], "shapiro_x_p": comp["Shapiro X"][1],
                "shapiro_y_w": comp["Shapiro Y"][0], "shapiro_y_p": comp["Shapiro Y"][1],
                "brown_forsythe": comp["Brown-Forsythe"][0], "p_brown_forsythe": comp["Brown-Forsythe"][1],
                "fligner": comp["Fligner"][0], "p_fligner": comp["Fligner"][1],
                "ks": comp["K-S"][0], "p_ks": comp["K-S"][1],
                "anderson_darling": comp["Anderson-Darling"][0], "p_anderson_darling": comp["Anderson-Darling"][1],
                "kruskal_h": comp["Kruskal-Wallis"][0], "p_kruskal": comp["Kruskal-Wallis"][1],
            }
            if variant == "raw":
                # The loop after compare() in the reference: Pearson of CPU medians against the metric.
                row["pearson_x_r"], row["pearson_x_p"] = sstats.pearsonr(px["cpu_median"], sx)
                row["pearson_y_r"], row["pearson_y_p"] = sstats.pearsonr(py["cpu_median"], sy)
            else:
                # The reference never computes Pearson for the clean variant; with no outliers the
                # kept rows are all rows, so the clean value equals SciPy on the kept pairs.
                keep_x, keep_y = ~sx.isin(ox), ~sy.isin(oy)
                kx = sstats.pearsonr(px["cpu_median"][keep_x], a)
                ky = sstats.pearsonr(py["cpu_median"][keep_y], b)
                row["pearson_x_r"], row["pearson_x_p"] = kx
                row["pearson_y_r"], row["pearson_y_p"] = ky
            rows[variant] = {k: num(v) for k, v in row.items()}
        cases.append({"name": name, "x": [num(v) for v in xs], "y": [num(v) for v in ys],
                      "cpu_x": [num(v) for v in cx], "cpu_y": [num(v) for v in cy], "rows": rows})
    return cases


def main():
    cases = []
    for name, x, y, cx, cy in data_sets():
        cases.append({"name": name, "x": [num(v) for v in x], "y": [num(v) for v in y],
                      "cpu_x": [num(v) for v in cx], "cpu_y": [num(v) for v in cy],
                      "expected": results(x, y, cx, cy)})
    shapiro = [{"name": name, "x": [num(v) for v in x], "expected": attempt(lambda: sstats.shapiro(x))}
               for name, x in shapiro_sets()]
    header = {"scipy": scipy.__version__, "numpy": np.__version__, "pandas": pd.__version__,
              "script": "tests/data/stats/make_goldens.py"}
    with open(os.path.join(HERE, "goldens.json"), "w") as f:
        json.dump({"generated_by": header, "two_sample": cases, "shapiro": shapiro, "kstwo": kstwo_points(),
                   "mwu_exact": mwu_exact_points()}, f,
                  separators=(",", ":"))
    with open(os.path.join(HERE, "comparison.json"), "w") as f:
        json.dump({"generated_by": header, "cases": comparison_cases()}, f, indent=1)


if __name__ == "__main__":
    main()
