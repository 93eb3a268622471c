#!/usr/bin/env bash
# Benchmark: dma_map_benchmark on QEMU's pci-testdev, stock 6.12 against the
# series, in the same run and the same guest setup, forced bouncing.  TCG
# timings vary from run to run: compare the columns of one run, not runs.
#   bench/run.sh            (make bench builds the kernels first)
# Environment: SECONDS_PER_RUN (5), THREADS (2), GRANULE (16 pages), BITS (64).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
secs=${SECONDS_PER_RUN:-5} threads=${THREADS:-2} granule=${GRANULE:-16} bits=${BITS:-64}
args="kunit.enable=0 guest.test=dmamap guest.bits=$bits guest.seconds=$secs guest.threads=$threads guest.granule=$granule"
declare -A kernel=([stock]=stock [swiotlb64]=swiotlb64)
declare -A cmdline=([stock]="swiotlb=65536,force" [swiotlb64]="swiotlb=65536,,1048576,force")
printf '%-10s %-30s %12s %12s %12s %12s\n' kernel swiotlb= "map us" "map sd" "unmap us" "unmap sd"
for k in stock swiotlb64; do
	TIMEOUT=$((secs * 4 + 120)) "$top/scripts/boot.sh" "bench-$k" "$top/build/out/${kernel[$k]}/arch/x86/boot/bzImage" \
		"${cmdline[$k]}" $args > /dev/null || { echo "bench: $k failed (build/logs/bench-$k.log)"; continue; }
	log=$top/build/logs/bench-$k.log
	map=$(sed -n 's/.*average map latency(us):\([0-9.]*\) standard deviation:\([0-9.]*\).*/\1 \2/p' "$log" | head -1)
	unmap=$(sed -n 's/.*average unmap latency(us):\([0-9.]*\) standard deviation:\([0-9.]*\).*/\1 \2/p' "$log" | head -1)
	printf '%-10s %-30s %12s %12s %12s %12s\n' "$k" "${cmdline[$k]#swiotlb=}" $map $unmap
done
echo "($threads threads, $granule pages per mapping, $bits-bit mask, ${secs}s per kernel; logs in build/logs/bench-*.log)"
