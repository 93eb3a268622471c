#!/usr/bin/env python3
"""One CSV row per fio job of a bench-fio console log (bench/fio.sh):
   fio-csv.py <config> <disk> <rep> <console log>"""
import json
import re
import sys

config, disk, rep, path = sys.argv[1:5]
text = open(path, errors="replace").read()
full = re.search(r"^guest: bench-fio-full reported=(\d+) suppressed=(\d+)", text, re.M)
hw = {m.group(1): f"{int(m.group(2)) * 2048 / 2**20:.0f}/{int(m.group(3)) * 2048 / 2**20:.0f}"
      for m in re.finditer(r"^guest: bench-fio-pool (\S+) nslabs=(\d+) hiwater=(\d+)", text, re.M)}
peak = f"{hw.get('swiotlb', '')},{hw.get('swiotlb-hi', '')}"
boot = "pass" if re.search(r"^guest: result pass", text, re.M) else "fail"
found = False
for m in re.finditer(r"^guest: bench-fio (\S+) (.*)$", text, re.M):
    job, out = m.group(1), m.group(2)
    found = True
    try:
        data = json.loads(out[out.index("{"):])
    except ValueError:
        print(f"{config},{disk},{rep},{job},,,,,,,fio-output-unreadable,,,{peak},{boot}")
        continue
    j = data["jobs"][0]
    def bw(d):
        return f"{j[d]['bw_bytes'] / 2**20:.1f}"
    def pct(d, p):
        v = j[d].get("clat_ns", {}).get("percentile", {}).get(p)
        return "" if v is None else f"{v / 1000:.0f}"
    print(f"{config},{disk},{rep},{job},{bw('write')},{bw('read')},"
          f"{pct('write', '50.000000')},{pct('write', '99.000000')},"
          f"{pct('read', '50.000000')},{pct('read', '99.000000')},{j['error']},"
          f"{full.group(1) if full else ''},{full.group(2) if full else ''},{peak},{boot}")
if not found:
    print(f"{config},{disk},{rep},none,,,,,,,no-fio-output,,,{peak},{boot}")
