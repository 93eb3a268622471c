#!/usr/bin/env bash
# make bench: what the 64-bit pool buys and what it costs, against stock 6.12
# in one run (bench/README.md).  Stock and the series are built from the same
# config (configs/bench.config), boot on the same QEMU machine (q35, 2 CPUs,
# ACCEL), force bouncing, and alternate boot by boot (ABAB).  Parts:
#   map       map/unmap latency, dma_map_benchmark (bench/map.sh)
#   sweep     map/unmap latency against pool size, 64 MiB to 4 GiB (bench/sweep.sh)
#   capacity  mapped bounce memory until failure, low memory left, boot cost
#             of the pool, memset and memcpy in the guest (bench/capacity.sh)
#   frag      the worst case of a search: a pool fragmented into single
#             free slots, scanned area by area (bench/frag.sh)
#   fio       fio with verify on virtio-blk (bench/fio.sh)
# Output in bench/results/<date>/: raw/ (every console), one CSV per part,
# table.md (medians with min-max, ratios to the best stock configuration;
# bench/summarize.py) and PNG plots (bench/plot-*.gp).
# Benchmarks measure, they never fail on a timing.
# Environment: PARTS ("map sweep capacity frag fio"), REPS (5, boots per configuration
# for map, sweep, frag and fio), CAP_REPS (2: capacity is a count, the same each boot),
# SECS (2, per dma_map_benchmark run), POOL (262144 slabs = 512 MiB, map),
# FIO_QD (128), ACCEL (tcg; kvm where /dev/kvm works, for absolute numbers).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
parts=${PARTS:-map sweep capacity frag fio}
reps=${REPS:-5} cap_reps=${CAP_REPS:-2} secs=${SECS:-2} pool=${POOL:-262144}
fio_qd=${FIO_QD:-128}
export ACCEL=${ACCEL:-tcg}
dir=$top/bench/results/$(date +%Y-%m-%d)
mkdir -p "$dir/raw"
. "$top/bench/lib.sh"
for k in bench-stock bench-stock-dyn bench-swiotlb64 bench-swiotlb64-dyn; do
	"$top/bench/initramfs.sh" "$k" "$bdir/out/initramfs.cpio.gz" \
		"$bdir/out/$k.cpio.gz" || exit 1
done
run_start=$(date +%s)
for part in $parts; do
	echo "bench: part $part"
	. "$top/bench/$part.sh"
done
{
	echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), $(free -g | awk '/^Mem/ { print $2 }') GiB;"
	echo "QEMU $(qemu-system-x86_64 --version | head -1 | awk '{print $4}') q35, -accel $ACCEL, -smp 2;"
	echo "Linux $(make -s -C "$bdir/stock" kernelversion) stock and with the series, from the same config"
	echo "(configs/x86_64.config + configs/bench.config); forced bouncing (swiotlb=...,force);"
	echo "parts: $parts; $reps boots per configuration ($cap_reps for capacity), interleaved;"
	echo "make bench took $(( ($(date +%s) - run_start) / 60 )) min (without building the kernels)."
	echo
} > "$dir/table.md"
python3 "$top/bench/summarize.py" "$dir" >> "$dir/table.md" || exit 1
if command -v gnuplot > /dev/null; then
	for p in "$top"/bench/plot-*.gp; do
		[ -f "$dir/$(basename "$p" .gp | sed 's/^plot-//').dat" ] || continue
		(cd "$dir" && gnuplot "$p") || echo "bench: gnuplot $p failed"
	done
fi
echo "bench: $(( ($(date +%s) - run_start) / 60 )) min; $dir/table.md:"
cat "$dir/table.md"
