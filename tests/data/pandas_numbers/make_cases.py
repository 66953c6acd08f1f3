#!/usr/bin/python3
"""Numbers through the notebook's CSV round trip: repr(x), then pandas.read_csv's default float parser.
Writes cases.csv: x (float.hex), repr, parsed (float.hex). Deterministic."""
import io, random

import pandas as pd

random.seed(20261122)
values = []
for _ in range(400):  # differences of millisecond times, as segment durations are
    a, b = random.randint(0, 900_000) / 1000, random.randint(0, 900_000) / 1000
    values.append(b - a)
    values.append(a + 0.1 * random.random())
for _ in range(200):  # CPU medians and means, QoE means
    values.append(random.random())
    values.append(5 * random.random() / 3)
values += [0.9, 0.95, 0.8999999999999999, 0.9500000000000001, 1e-05, 0.0001, 123.0, 1e16, 1.5e-7, 2.5e22,
           -3.25, 0.1 + 0.2, 5.7620000000000005, 0.9359999999999999, 1e-320, 4.9e-324]
text = "v\n" + "\n".join(repr(v) for v in values) + "\n"
parsed = pd.read_csv(io.StringIO(text))["v"].tolist()
with open("cases.csv", "w") as f:
    f.write("x,repr,parsed\n")
    for v, p in zip(values, parsed):
        f.write(f"{v.hex()},{v!r},{float(p).hex()}\n")
