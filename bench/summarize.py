#!/usr/bin/env python3
"""Medians, minima and maxima of bench/run.sh's results.csv, as a markdown
table on stdout (ratios of the series to stock 6.12 on each line) and as
map.dat beside the CSV for plot.gp."""
import csv
import os
import statistics
import sys
from collections import defaultdict

path = sys.argv[1]
runs = defaultdict(list)
pools = defaultdict(set)
with open(path) as f:
    for row in csv.DictReader(f):
        key = (int(row["bits"]), int(row["threads"]), int(row["granule"]))
        runs[key, row["config"]].append((float(row["map_us"]), float(row["unmap_us"])))
        pools[key, row["config"]].add(row["pool"])

def stat(key, config, i):
    v = [r[i] for r in runs.get((key, config), [])]
    if not v:
        return None
    return statistics.median(v), min(v), max(v), len(v)

def cell(s):
    return "-" if s is None else f"{s[0]:.2f} ({s[1]:.2f}-{s[2]:.2f})"

def ratio(a, b):
    return "-" if a is None or b is None else f"{a[0] / b[0]:.2f}x"

keys = sorted({k for k, _ in runs}, key=lambda k: (-k[0], k[1], k[2]))
n = max(len(v) for v in runs.values())
print(f"Map and unmap latency in µs: median (min-max) of {n} boots; the series "
      "with a 64-bit pool of the default pool's size, and with none.\n")
print("| mask | threads | pages | what | stock 6.12 | series | series / stock "
      "| series, no 64-bit pool | no pool / stock | pool used by the series |")
print("|---|---|---|---|---|---|---|---|---|---|")
dat = []
for k in keys:
    for i, what in ((0, "map"), (1, "unmap")):
        st, se, np = (stat(k, c, i) for c in ("stock", "series", "series-nopool"))
        used = ",".join(sorted(pools.get((k, "series"), {"-"})))
        print(f"| {k[0]} | {k[1]} | {k[2]} | {what} | {cell(st)} | {cell(se)} | "
              f"{ratio(se, st)} | {cell(np)} | {ratio(np, st)} | {used} |")
        if what == "map" and st and se and np:
            dat.append(f"\"{k[0]}-bit {k[1]}t {k[2]}p\" {st[0]} {st[1]} {st[2]} "
                       f"{se[0]} {se[1]} {se[2]} {np[0]} {np[1]} {np[2]}")
with open(os.path.join(os.path.dirname(path), "map.dat"), "w") as f:
    f.write("# combo stock(med min max) series(med min max) nopool(med min max)\n")
    f.write("\n".join(dat) + "\n")
