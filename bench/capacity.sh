# make bench, part "capacity": in a 12 GiB guest (2 GiB below 4 GiB, 10 GiB
# above), forced bouncing, CAP_REPS boots each, interleaved, the benchmark's
# module (guest.test=bench-capacity) measures how much bounce memory a 64-bit
# device holds mapped at once (buffers of 1 and 64 pages, up to 7 GiB), the
# memory below 4 GiB left free, memset of 1 GiB and memcpy bandwidth; the
# boot cost of each pool is the kernel's time from "software IO TLB: area
# num" (the start of swiotlb_init_remap()) to "SLUB:" (the first line after
# the memory is handed to the page allocator), against series-nopool.
# Sourced by bench/run.sh: appends to capacity.csv and memory.csv.
export MEM=12G TIMEOUT=600
csv=$dir/capacity.csv
echo "config,rep,asked_mib,pages,mapped_mib,full,lowest,highest,fill_ms,low_free_kb,setup_ms" > "$csv"
mcsv=$dir/memory.csv
echo "config,rep,what,pages,mib,ns,mb_per_s,ms_per_gib" > "$mcsv"
# name | kernel | swiotlb= | MiB asked of the pool a 64-bit device uses
configs=(
	"stock|bench-stock|force|64"
	"stock-1g|bench-stock|524288,force|1024"
	"stock-1.5g|bench-stock|786432,force|1536"
	"stock-dyn|bench-stock-dyn|force|64"
	"series-nopool|bench-swiotlb64|force|64"
	"series-1g|bench-swiotlb64|,,524288,force|1024"
	"series-2g|bench-swiotlb64|,,1048576,force|2048"
	"series-6g|bench-swiotlb64|,,3145728,force|6144"
	"series-dyn-1g|bench-swiotlb64-dyn|,,524288,force|1024"
)
total=$((cap_reps * ${#configs[@]})) n=0 part_start=$(date +%s)
for rep in $(seq "$cap_reps"); do
	for c in "${configs[@]}"; do
		IFS='|' read -r name kernel param asked <<<"$c"
		bench_boot capacity "$name" "$rep" "$kernel" "swiotlb=$param" guest.test=bench-capacity
		t0=$(sed -n 's/^\[ *\([0-9.]*\)\] software IO TLB: area num.*/\1/p' "$log" | head -1)
		t1=$(sed -n 's/^\[ *\([0-9.]*\)\] SLUB:.*/\1/p' "$log" | head -1)
		setup=$(awk -v a="${t0:-0}" -v b="${t1:-0}" 'BEGIN { printf "%.0f", (b - a) * 1000 }')
		low=$(sed -n 's/^guest: low free kB //p' "$log")
		sed -n 's/^guest: bench-capacity //p' "$log" | while read -r line; do
			declare -A v=()
			for kv in $line; do v[${kv%%=*}]=${kv#*=}; done
			echo "$name,$rep,$asked,${v[pages]},${v[mib]},${v[full]},${v[lowest]},${v[highest]},${v[fill_ms]},$low,$setup"
		done >> "$csv"
		sed -n 's/^guest: bench-\(memset\|memcpy\) /\1 /p' "$log" | while read -r what line; do
			declare -A v=()
			for kv in $line; do v[${kv%%=*}]=${kv#*=}; done
			echo "$name,$rep,$what,${v[pages]:-},${v[mib]:-},${v[ns]},${v[mb_per_s]:-},${v[ms_per_gib]:-}"
		done >> "$mcsv"
	done
done
