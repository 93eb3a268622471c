#!/usr/bin/env python3
"""The tables of make bench (markdown on stdout) and the data of its plots
(*.dat beside the CSVs), from the CSVs of bench/map.sh, sweep.sh,
capacity.sh, frag.sh and fio.sh in a results directory:  summarize.py <results dir>
Every cell is the median of the boots, with min-max; every ratio is of
medians: the series over the best stock configuration of that line, or (in
the sweep) a pool over the same kind of pool of 64 MiB."""
import csv
import os
import statistics
import sys
from collections import defaultdict

d = sys.argv[1]


def rows(name):
    path = os.path.join(d, name)
    if not os.path.exists(path):
        return []
    with open(path) as f:
        return list(csv.DictReader(f))


def stat(v):
    v = [float(x) for x in v if x not in ("", None)]
    return (statistics.median(v), min(v), max(v), len(v)) if v else None


def cell(s, fmt="{:.2f}"):
    if s is None:
        return "-"
    if s[1] == s[2]:
        return fmt.format(s[0])
    return f"{fmt.format(s[0])} ({fmt.format(s[1])}-{fmt.format(s[2])})"


def ratio(a, b):
    return "-" if a is None or b is None or b[0] == 0 else f"{a[0] / b[0]:.2f}x"


def write_dat(name, header, lines):
    with open(os.path.join(d, name), "w") as f:
        f.write(header + "\n" + "\n".join(lines) + "\n")


def part_map():
    runs = defaultdict(list)
    for r in rows("map.csv"):
        key = (int(r["bits"]), int(r["threads"]), int(r["granule"]))
        runs[key, r["config"]].append(r)
    if not runs:
        return
    keys = sorted({k for k, _ in runs}, key=lambda k: (-k[0], k[1], k[2]))
    n = max(len(v) for v in runs.values())
    starts = {}
    for (k, c), v in runs.items():
        starts.setdefault(c, set()).update(r["pool_start"] for r in v)
    print("## Map and unmap cost (dma_map_benchmark)\n")
    print(f"Latency in µs, median (min-max) of {n} boots; pools of 512 MiB each, "
          "forced bouncing, 8 GiB guest. *series*: the 64-bit pool as the kernel "
          "places it (at 4 GiB, 2 MiB-aligned); *series, stock's offset*: the same "
          "pool moved to the offset from a 2 MiB boundary that stock's pool has; "
          "*stock, aligned*: stock's pool moved to a 2 MiB boundary (bench/map.sh "
          "says why). Pool starts: " + "; ".join(
              f"{c} {', '.join(sorted(s))}" for c, s in sorted(starts.items())) + ".\n")
    dat = []
    for i, what in (("map_us", "map"), ("unmap_us", "unmap")):
        print(f"### {what}\n")
        print("| mask | threads | pages | stock | series | series / stock "
              "| stock, aligned | series / stock, aligned "
              "| series, stock's offset | series, stock's offset / stock "
              "| series, no 64-bit pool | no pool / stock | pool used |")
        print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
        for k in keys:
            s = {c: stat(r[i] for r in runs.get((k, c), []))
                 for c in ("stock", "series", "stock-aligned", "series-matched", "series-nopool")}
            used = ",".join(sorted({r["pool"] for r in runs.get((k, "series"), [])})) or "-"
            print(f"| {k[0]} | {k[1]} | {k[2]} | {cell(s['stock'])} | {cell(s['series'])} | "
                  f"{ratio(s['series'], s['stock'])} | {cell(s['stock-aligned'])} | "
                  f"{ratio(s['series'], s['stock-aligned'])} | {cell(s['series-matched'])} | "
                  f"{ratio(s['series-matched'], s['stock'])} | {cell(s['series-nopool'])} | "
                  f"{ratio(s['series-nopool'], s['stock'])} | {used} |")
            if what == "map" and all(s.values()):
                dat.append(f"\"{k[0]}-bit {k[1]}t {k[2]}p\" " + " ".join(
                    f"{s[c][0]} {s[c][1]} {s[c][2]}" for c in
                    ("stock", "series-matched", "stock-aligned", "series", "series-nopool")))
        print()
    write_dat("map.dat", "# combo, then median min max of: stock, series at stock's offset, "
              "stock aligned, series, series without a 64-bit pool", dat)


def part_sweep():
    sw = rows("sweep.csv")
    if not sw:
        return
    runs = defaultdict(list)
    for r in sw:
        runs[r["kind"], int(r["mib"]), int(r["granule"])].append(r)
    sizes = sorted({k[1] for k in runs})
    granules = sorted({k[2] for k in runs})
    n = max(len(v) for v in runs.values())
    print("## Map and unmap cost against pool size\n")
    print(f"Latency in µs, median (min-max) of {n} boots; dma_map_benchmark, 64-bit mask, "
          "1 thread, forced bouncing, 8 GiB guest (2 GiB below 4 GiB). *stock*: 6.12's "
          "default pool of that size (1 GiB is the most its low memory holds); *64-bit "
          "pool*: the series' 64-bit pool of that size, moved to stock's offset from a "
          "2 MiB boundary (bench/sweep.sh). *vs 64 MiB*: against the same kind of pool "
          "of 64 MiB, the size effect.\n")
    dat = []
    for i, what in (("map_us", "map"), ("unmap_us", "unmap")):
        print(f"### {what}\n")
        print("| pages | pool (MiB) | stock | stock vs 64 MiB | 64-bit pool | 64-bit vs 64 MiB "
              "| 64-bit / stock | pool used |")
        print("|---|---|---|---|---|---|---|---|")
        for g in granules:
            base = {k: stat(r[i] for r in runs.get((k, 64, g), [])) for k in ("stock", "hi")}
            for m in sizes:
                s = {k: stat(r[i] for r in runs.get((k, m, g), [])) for k in ("stock", "hi")}
                used = ",".join(sorted({r["pool"] for r in runs.get(("hi", m, g), [])})) or "-"
                print(f"| {g} | {m} | {cell(s['stock'])} | {ratio(s['stock'], base['stock'])} | "
                      f"{cell(s['hi'])} | {ratio(s['hi'], base['hi'])} | "
                      f"{ratio(s['hi'], s['stock'])} | {used} |")
                if what == "map":
                    dat.append((g, f"{m} " + " ".join(
                        f"{s[k][0]} {s[k][1]} {s[k][2]}" if s[k] else "- - -"
                        for k in ("stock", "hi"))))
        print()
    # gnuplot's "index": blocks separated by two blank lines
    blocks = ["\n".join(line for g2, line in dat if g2 == g) for g in granules]
    write_dat("sweep.dat", "# one block per granule (" + ", ".join(map(str, granules)) +
              " pages): pool MiB, then map latency median min max of: stock, 64-bit pool",
              ["\n\n\n".join(blocks)])


def part_capacity():
    cap = rows("capacity.csv")
    if not cap:
        return
    order = list(dict.fromkeys(r["config"] for r in cap))
    by = defaultdict(list)
    for r in cap:
        by[r["config"], int(r["pages"] or 0)].append(r)
    first = {c: next(r for r in cap if r["config"] == c) for c in order}
    lo_mib = {c: float(first[c]["default_mib"]) for c in order}
    hi_mib = {c: float(first[c]["hi_mib"]) for c in order}
    setup = {c: stat(r["setup_ms"] for r in cap if r["config"] == c and r["pages"] == "1")
             for c in order}
    low = {c: stat(float(r["low_free_kb"]) / 1024 for r in cap
                   if r["config"] == c and r["pages"] == "1" and r["low_free_kb"]) for c in order}
    print("## Capacity, low memory and boot cost\n")
    print("12 GiB guest: 2 GiB of RAM below 4 GiB, 10 GiB above it (the physical "
          "limit for a 64-bit device). *Mapped*: MiB one 64-bit device held mapped at "
          "once before the first mapping failed (\"size cap\": it reached 7 GiB, \"time "
          "cap\": 30 s of mapping, without a failure), one buffer mapped again and again; the series falls back to the "
          "default pool when the 64-bit pool is full, so its total is both pools. "
          "*Above 4 GiB*: the part of it above 4 GiB, against the 64-bit pool asked. "
          "*Lowest address mapped*: below the default pool means the pool grew "
          "into low memory. *Low free*: MiB free below 4 GiB at the end of boot, what 32-bit "
          "devices and everything else there are left. *Pool setup*: ms from the start of "
          "swiotlb_init_remap() to the page allocator's first message. Median (min-max).\n")
    pages = sorted({p for _, p in by})
    best_stock = {p: max((stat(r["mapped_mib"] for r in by[c, p])[0] for c in order
                          if c.startswith("stock") and (c, p) in by), default=None) for p in pages}
    print("| configuration | default pool (MiB) | 64-bit pool (MiB) | " + " | ".join(
        f"mapped, {p}-page buffers (MiB) | vs best stock" for p in pages) +
        " | above 4 GiB, 1-page (MiB) | of the 64-bit pool | lowest address mapped | low free (MiB) | pool setup (ms) |")
    print("|---|---|---|" + "---|---|" * len(pages) + "---|---|---|---|---|")
    dat = []
    for c in order:
        line = [c, f"{lo_mib[c]:.0f}", f"{hi_mib[c]:.0f}" if hi_mib[c] else "-"]
        for p in pages:
            s = stat(r["mapped_mib"] for r in by.get((c, p), []))
            stop = {r["stopped"] for r in by.get((c, p), [])}
            mark = "" if stop == {"failure"} else f" ({'/'.join(sorted(stop))} cap)"
            line += [cell(s, "{:.0f}") + mark,
                     "-" if s is None or not best_stock[p] else f"{s[0] / best_stock[p]:.2f}x"]
            if p == pages[0] and s:
                dat.append(f"\"{c}\" {s[0]} {s[1]} {s[2]} {low[c][0] if low[c] else 0}")
        hi = stat(r["above_4g_mib"] for r in by.get((c, pages[0]), []))
        line += [cell(hi, "{:.0f}"),
                 f"{100 * hi[0] / hi_mib[c]:.1f} %" if hi and hi_mib[c] else "-",
                 min((r["lowest"] for r in by.get((c, pages[0]), [])), default="-"),
                 cell(low[c], "{:.0f}"), cell(setup[c], "{:.0f}")]
        print("| " + " | ".join(line) + " |")
    print()
    write_dat("capacity.dat", "# config, mapped MiB (1-page buffers) median min max, low free MiB", dat)

    mem = rows("memory.csv")
    ms = stat(r["ms_per_gib"] for r in mem if r["what"] == "memset")
    again = stat(r["again_ms_per_gib"] for r in mem if r["what"] == "memset")
    base = {"series": setup.get("series-nopool"), "stock": setup.get("stock")}
    print("Boot cost of a pool, per GiB: the pool setup time less that of the same kernel "
          "with a 64 MiB default pool only, over the extra GiB; against `memset` of 1 GiB "
          f"of free pages in the same guests: {cell(ms, '{:.0f}')} ms per GiB the first time "
          "(QEMU backs guest memory on first touch, as it does for a pool cleared at boot), "
          f"{cell(again, '{:.0f}')} ms per GiB the second.\n")
    boot = []
    print("| configuration | extra pool as made (GiB) | setup (ms) | extra setup (ms) | ms per GiB "
          "| vs best stock | per GiB / memset |")
    print("|---|---|---|---|---|---|---|")
    lines = []
    for c in order:
        b = base["series" if c.startswith("series") else "stock"]
        # the pools as made: what was mapped when a mapping failed (6.12
        # halves a default pool that does not fit), else what was asked
        made = [float(r["mapped_mib"]) for r in by.get((c, 1), []) if r["stopped"] == "failure"]
        extra = ((made[0] if made else lo_mib[c] + hi_mib[c]) - 64) / 1024
        if extra <= 0 or not setup[c] or not b:
            continue
        lines.append((c, extra, setup[c][0] - b[0], (setup[c][0] - b[0]) / extra))
    best = min((per for c, _, _, per in lines if c.startswith("stock")), default=None)
    for c, extra, more, per in lines:
        vs = f"{per / ms[0]:.2f}x" if ms else "-"
        vb = f"{per / best:.2f}x" if best else "-"
        print(f"| {c} | {extra:.2f} | {cell(setup[c], '{:.0f}')} | {more:.0f} | "
              f"{per:.0f} | {vb} | {vs} |")
        boot.append(f"\"{c}\" {per:.0f} {ms[0] if ms else 0:.0f} {again[0] if again else 0:.0f}")
    print()
    write_dat("boot.dat", "# config, pool setup ms per GiB, memset ms per GiB: first, second", boot)
    print("The physical limit of bouncing: `memcpy` in the guest (MB/s, median (min-max) of "
          f"every boot of this part).\n")
    print("| copy | MB/s |")
    print("|---|---|")
    copy = []
    for p in sorted({int(r["pages"]) for r in mem if r["what"] == "memcpy"}):
        s = stat(r["mb_per_s"] for r in mem if r["what"] == "memcpy" and int(r["pages"]) == p)
        print(f"| {p} page{'s' if p > 1 else ''} ({p * 4} KiB) | {cell(s, '{:.0f}')} |")
        copy.append(f"\"{p * 4} KiB\" {s[0]} {s[1]} {s[2]}")
    print()
    write_dat("memcpy.dat", "# copy size, memcpy MB/s median min max", copy)


def part_frag():
    fr = rows("frag.csv")
    if not fr:
        return
    order = list(dict.fromkeys(r["config"] for r in fr))
    print("## The worst case of a search\n")
    print("A one-page mapping in a pool fragmented into single free slots scans every "
          "area of the pool and fails (bench/frag.sh); each area is scanned with its lock "
          "held and interrupts off. *Per area*: the median time over the number of areas, "
          "the longest time with interrupts off. Median (min-max) over the boots; each boot "
          "gives the median of 20 mappings.\n")
    print("| configuration | pool (MiB) | areas | slots per area | failing map (us) | per area (us) | per area vs stock |")
    print("|---|---|---|---|---|---|---|")
    area = {c: stat(r["area_us"] for r in fr if r["config"] == c and r["area_us"]) for c in order}
    stock = area.get("stock-1g")
    for c in order:
        r0 = next(r for r in fr if r["config"] == c)
        nslabs, nareas = int(r0["nslabs"] or 0), int(r0["nareas"] or 1)
        med = stat(r["median_us"] for r in fr if r["config"] == c and r["median_us"])
        vs = f"{area[c][0] / stock[0]:.2f}x" if area[c] and stock else "-"
        print(f"| {c} | {nslabs * 2048 >> 20} | {nareas} | {nslabs // nareas} | "
              f"{cell(med, '{:.0f}')} | {cell(area[c], '{:.0f}')} | {vs} |")
    print()


def part_fio():
    fio = rows("fio.csv")
    if not fio:
        return
    order = list(dict.fromkeys(r["config"] for r in fio))
    disks = list(dict.fromkeys(r["disk"] for r in fio))
    jobs = list(dict.fromkeys(r["job"] for r in fio))
    n = max(sum(1 for r in fio if r["config"] == c and r["job"] == jobs[0] and r["disk"] == disks[0])
            for c in order)
    print("## fio on virtio-blk\n")
    print(f"Median (min-max) of {n} boots; 4 jobs at queue depth 128, written then read "
          "back and checked (verify=crc32c); MiB/s and completion latency p99 in ms. "
          "*fast*: QEMU's disk as it is; *slow*: throttled to 80 MB/s, so that requests "
          "wait in the device (bench/fio.sh). *Full*: \"swiotlb buffer is full\" reports "
          "per boot (printed and held back by the rate limit; both jobs), median. "
          "*Peak*: pool size / most of it in use (MiB), last boot. *Errors*: fio's "
          "errors plus failed boots, summed. *Of memcpy*: write throughput over the "
          "guest's memcpy bandwidth for the job's block size (capacity part), the "
          "physical limit of bouncing.\n")
    mem = rows("memory.csv")
    copy = {int(p): stat(r["mb_per_s"] for r in mem if r["what"] == "memcpy" and r["pages"] == p)
            for p in {r["pages"] for r in mem if r["what"] == "memcpy"}}
    print("| disk | job | configuration | write MiB/s | vs best stock | of memcpy | read MiB/s | vs best stock "
          "| write p99 (ms) | read p99 (ms) | full | peak: default pool | peak: 64-bit pool | errors |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    dat = []
    for disk in disks:
        for j in jobs:
            s = {c: [r for r in fio if r["config"] == c and r["job"] == j and r["disk"] == disk]
                 for c in order}
            w = {c: stat(r["write_mib_s"] for r in s[c]) for c in order}
            rd = {c: stat(r["read_mib_s"] for r in s[c]) for c in order}
            bw = max((w[c] for c in order if c.startswith("stock") and w[c]),
                     key=lambda x: x[0], default=None)
            br = max((rd[c] for c in order if c.startswith("stock") and rd[c]),
                     key=lambda x: x[0], default=None)
            kib = int("".join(ch for ch in j if ch.isdigit()) or 0)
            lim = copy.get(kib // 4)
            for c in order:
                if not s[c]:
                    continue
                of = f"{100 * w[c][0] * 1.048576 / lim[0]:.0f} %" if lim and w[c] else "-"
                errs = sum(int(r["errors"]) for r in s[c] if r["errors"].isdigit())
                errs += sum(1 for r in s[c] if not r["errors"].isdigit() or r["boot"] != "pass")
                full = stat(int(r["full_reported"] or 0) + int(r["full_suppressed"] or 0) for r in s[c])
                wp = stat(float(r["write_clat_p99_us"]) / 1000 for r in s[c] if r["write_clat_p99_us"])
                rp = stat(float(r["read_clat_p99_us"]) / 1000 for r in s[c] if r["read_clat_p99_us"])
                print(f"| {disk} | {j} | {c} | {cell(w[c], '{:.1f}')} | {ratio(w[c], bw)} | {of} | "
                      f"{cell(rd[c], '{:.1f}')} | {ratio(rd[c], br)} | {cell(wp, '{:.0f}')} | "
                      f"{cell(rp, '{:.0f}')} | {cell(full, '{:.0f}')} | "
                      f"{s[c][-1]['default_pool_mib_peak'] or '-'} | {s[c][-1]['hi_pool_mib_peak'] or '-'} | {errs} |")
                if w[c] and rd[c]:
                    dat.append(f"\"{disk} {j} {c}\" {w[c][0]} {w[c][1]} {w[c][2]} "
                               f"{rd[c][0]} {rd[c][1]} {rd[c][2]}")
    print()
    write_dat("fio.dat", "# disk job config, write MiB/s median min max, read MiB/s median min max", dat)


part_map()
part_sweep()
part_capacity()
part_frag()
part_fio()
