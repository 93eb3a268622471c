# make bench, part "capacity": in a 12 GiB guest (2 GiB below 4 GiB, 10 GiB
# above), forced bouncing, CAP_REPS boots each, interleaved, the benchmark's
# module (guest.test=bench-capacity) measures how much bounce memory a 64-bit
# device holds mapped at once (buffers of 1 and 64 pages, up to 7 GiB), the
# memory below 4 GiB left free, memset of 1 GiB and memcpy bandwidth; the
# boot cost of each pool is the kernel's time from "software IO TLB: area
# num" (the start of swiotlb_init_remap()) to "SLUB:" (the first line after
# the memory is handed to the page allocator), against series-nopool.
# Sourced by bench/run.sh: appends to capacity.csv and memory.csv.
# tsc_early_khz: the kernel's clock runs from the start of boot even when
# its early TSC calibration fails under TCG (then every early line says 0).
# nokaslr: the kernel image (10 MiB) is below 4 GiB in every boot, not
# wherever KASLR puts it, so that low memory free compares across boots.
# The module taints the kernel (4096, out of tree).
export MEM=12G TIMEOUT=600 TAINT_OK=4096
khz=$(awk '/^cpu MHz/ { printf "%d", $4 * 1000; exit }' /proc/cpuinfo)
csv=$dir/capacity.csv
echo "config,rep,default_mib,hi_mib,pages,mapped_mib,above_4g_mib,stopped,lowest,highest,fill_ms,low_free_kb,setup_ms" > "$csv"
mcsv=$dir/memory.csv
echo "config,rep,what,pages,mib,ns,mb_per_s,ms_per_gib,again_ms_per_gib" > "$mcsv"
# name | kernel | swiotlb= | MiB asked: default pool | 64-bit pool
configs=(
	"stock|bench-stock|force|64|0"
	"stock-1g|bench-stock|524288,force|1024|0"
	"stock-1.5g|bench-stock|786432,force|1536|0"
	"stock-dyn|bench-stock-dyn|force|64|0"
	"series-nopool|bench-swiotlb64|force|64|0"
	"series-1g|bench-swiotlb64|,,524288,force|64|1024"
	"series-2g|bench-swiotlb64|,,1048576,force|64|2048"
	"series-6g|bench-swiotlb64|,,3145728,force|64|6144"
	"series-dyn-1g|bench-swiotlb64-dyn|,,524288,force|64|1024"
)
total=$((cap_reps * ${#configs[@]})) n=0 part_start=$(date +%s)
for rep in $(seq "$cap_reps"); do
	for c in "${configs[@]}"; do
		IFS='|' read -r name kernel param low_mib hi_mib <<<"$c"
		bench_boot capacity "$name" "$rep" "$kernel" "swiotlb=$param" guest.test=bench-capacity \
			tsc_early_khz="$khz" nokaslr
		t0=$(sed -n 's/^\[ *\([0-9.]*\)\] software IO TLB: area num.*/\1/p' "$log" | head -1)
		t1=$(sed -n 's/^\[ *\([0-9.]*\)\] SLUB:.*/\1/p' "$log" | head -1)
		setup=$(awk -v a="$t0" -v b="$t1" 'BEGIN { if (a > 0 && b > a) printf "%.0f", (b - a) * 1000 }')
		low=$(sed -n 's/^guest: low free kB //p' "$log")
		sed -n 's/^guest: bench-capacity //p' "$log" |
			sed "s/^/config=$name rep=$rep default=$low_mib hi=$hi_mib /; s/$/ low=$low setup=$setup/" |
			csv_fields config rep default hi pages mib above_4g_mib stopped lowest highest fill_ms \
				low setup >> "$csv"
		sed -n "s/^guest: bench-\(memset\|memcpy\) /config=$name rep=$rep what=\1 /p" "$log" |
			csv_fields config rep what pages mib ns mb_per_s ms_per_gib again_ms_per_gib >> "$mcsv"
	done
done
