#!/usr/bin/env python3
"""Reference bins of the 256-bin CableLabs latency histogram for probe samples around every kind of edge.

go:        the Go package's cablelabsHist.AddSample arithmetic (int() truncates toward zero).
corrected: the bin whose lower edge, computed as EmpiricalDistributionHistogram computes its edges, is the
           largest one <= the sample.
Output: cablelabs_bins.txt, lines "sample go_bin corrected_bin" (sample as %.17g).
Usage: /usr/bin/python3 make_cablelabs_bins.py > cablelabs_bins.txt
"""
import bisect


def go_bin(s):
    if s < 0.050:
        return int(s / 0.0005)
    if s < 0.150:
        return 100 + int((s - 0.050) / 0.001)
    if s < 1.150:
        return 200 + int((s - 0.150) / 0.020)
    if s < 1.400:
        return 250
    if s < 3.000:
        return 251 + int((s - 1.400) / 0.400)
    return 255


def lower_edge(i):
    if i < 100:
        return float(i) * 0.0005
    if i < 200:
        return 0.050 + float(i - 100) * 0.001
    if i < 250:
        return 0.150 + float(i - 200) * 0.020
    if i == 250:
        return 1.150
    if i < 255:
        return 1.400 + float(i - 251) * 0.400
    return 3.000


EDGES = [lower_edge(i) for i in range(256)]


def corrected_bin(s):
    return bisect.bisect_right(EDGES, s) - 1


probes = [0.0001, 0.0005, 0.0015, 0.0035, 0.0499999, 0.05, 0.0505, 0.057, 0.149, 0.15, 0.17, 0.19, 0.29,
          0.49, 1.1499, 1.15, 1.3999, 1.4, 1.8, 2.2, 2.6, 2.9999, 3.0, 14.0]
# every histogram edge itself, too
probes += [e for e in EDGES if e > 0]
for s in sorted(set(probes)):
    print(f"{s:.17g} {go_bin(s)} {corrected_bin(s)}")
