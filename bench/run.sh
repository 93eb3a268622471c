#!/usr/bin/env bash
# make bench: map/unmap cost of the 64-bit pool against stock 6.12, in one
# run, on the same QEMU machine (q35, MEM, SMP 2, ACCEL), pools of equal
# size, forced bouncing.  Configurations are interleaved (ABCABC...), REPS
# boots each; in every boot dma_map_benchmark runs for 32- and 64-bit masks,
# 1 and 2 threads, 1, 16 and 64 pages.  Output in bench/results/<date>/:
# raw/ (every console), results.csv (one row per run), table.md and
# map-latency.png (medians with min and max; bench/summarize.py, plot.gp).
# Benchmarks measure, they never fail on a timing.
# Environment: REPS (5), SECS (2 per run), MEM (8G), ACCEL (tcg; kvm where
# /dev/kvm works, for absolute numbers), POOL (262144 slabs = 512 MiB).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
reps=${REPS:-5} secs=${SECS:-2} pool=${POOL:-262144}
export MEM=${MEM:-8G} ACCEL=${ACCEL:-tcg}
dir=$top/bench/results/$(date +%Y-%m-%d)
mkdir -p "$dir/raw"
# name | kernel | swiotlb=
configs=(
	"stock|stock|$pool,force"
	"series|swiotlb64|$pool,,$pool,force"
	"series-nopool|swiotlb64|$pool,force"
)
csv=$dir/results.csv
echo "config,rep,bits,threads,granule,map_us,map_sd,unmap_us,unmap_sd,pool" > "$csv"
total=$(( reps * ${#configs[@]} )) n=0 start=$(date +%s)
for rep in $(seq "$reps"); do
	for c in "${configs[@]}"; do
		IFS='|' read -r name kernel param <<<"$c"
		n=$((n + 1))
		left=""
		[ $n -gt 1 ] && left=", about $(( ($(date +%s) - start) * (total - n + 1) / (n - 1) / 60 + 1 )) min left"
		echo "bench: boot $n of $total: $name (swiotlb=$param), repetition $rep of $reps$left"
		log=$dir/raw/$name-$rep.log
		TIMEOUT=$((secs * 20 + 180)) "$top/scripts/boot.sh" "bench-$name" \
			"$top/build/out/$kernel/arch/x86/boot/bzImage" "swiotlb=$param" \
			kunit.enable=0 guest.test=bench-map guest.seconds="$secs" > /dev/null ||
			echo "bench: $name repetition $rep failed (see $log)"
		cp "$top/build/logs/bench-$name.log" "$log"
		tr -d '\r' < "$log" | sed -n 's/^guest: bench //p' |
			sed "s/^/config=$name rep=$rep /" |
			awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
			       print v["config"] "," v["rep"] "," v["bits"] "," v["threads"] "," v["granule"] "," \
				v["map"] "," v["map_sd"] "," v["unmap"] "," v["unmap_sd"] "," v["pool"] }' >> "$csv"
	done
done
{
	echo "Machine: $(nproc) CPUs, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1);"
	echo "QEMU $(qemu-system-x86_64 --version | head -1 | awk '{print $4}') q35, -accel $ACCEL, -smp 2, -m $MEM;"
	echo "Linux 6.12 stock and the series from the same config (configs/x86_64.config);"
	echo "$reps boots per configuration, interleaved; dma_map_benchmark ${secs} s per run."
	echo
} > "$dir/table.md"
python3 "$top/bench/summarize.py" "$csv" >> "$dir/table.md" || exit 1
if command -v gnuplot > /dev/null; then
	(cd "$dir" && gnuplot "$top/bench/plot.gp") || echo "bench: gnuplot failed"
fi
echo "bench: $(( ($(date +%s) - start) / 60 )) min; $dir/table.md:"
cat "$dir/table.md"
