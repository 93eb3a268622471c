# make bench, part "frag": the worst case of a search, which scans one area
# at a time with the area's lock held and interrupts off.  The module fills
# the pools with 2 KiB mappings, unmaps every other one of the pool a 64-bit
# device maps from, and times 20 one-page mappings, each of which scans
# every area of that pool and fails (guest.test=bench-frag).  Stock's 1 GiB
# pool (the most an x86 confidential guest gets) has 2 areas of 512 MiB (one
# per CPU); the series' 64-bit pool has areas of at most 256 MiB, however
# large it is.  area_us, the median over the number of areas, is the time
# with interrupts off.  Non-dynamic kernels: with CONFIG_SWIOTLB_DYNAMIC a
# failed search makes a transient pool instead.  12 GiB guests (2 GiB below
# 4 GiB, 10 above).  Sourced by bench/run.sh: writes frag.csv.
export MEM=12G TIMEOUT=600 TAINT_OK=4096
csv=$dir/frag.csv
echo "config,rep,nslabs,nareas,mapped32,mapped64,min_us,median_us,max_us,area_us" > "$csv"
# name | kernel | swiotlb=
configs=(
	"stock-1g|bench-stock|524288,force"
	"series-1g|bench-swiotlb64|,,524288,force"
	"series-4g|bench-swiotlb64|,,2097152,force"
)
total=$((reps * ${#configs[@]})) n=0 part_start=$(date +%s)
for rep in $(seq "$reps"); do
	for c in "${configs[@]}"; do
		IFS='|' read -r name kernel param <<<"$c"
		bench_boot frag "$name" "$rep" "$kernel" "swiotlb=$param" guest.test=bench-frag
		sed -n 's/^guest: bench-frag //p' "$log" | sed "s/^/config=$name rep=$rep /" |
			csv_fields config rep nslabs nareas mapped32 mapped64 min_us median_us max_us \
				area_us >> "$csv"
	done
done
