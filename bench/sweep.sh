# make bench, part "sweep": map and unmap latency against pool size, so that
# a size effect of the 64-bit pool can be told from one stock has too.
# dma_map_benchmark (guest.test=bench-map), 64-bit mask, 1 thread, 1, 16 and
# 64 pages, forced bouncing, 8 GiB guest (2 GiB below 4 GiB, 6 above), REPS
# boots each, interleaved:
#   stock-<size>   stock 6.12, a default pool of 64 MiB, 256 MiB or 1 GiB
#                  (the most a q35 guest's 2 GiB of low memory holds: 6.12
#                  halves 2 GiB to 1 GiB, see the capacity part)
#   hi-<size>      the series, a 64-bit pool of 64 MiB, 256 MiB, 1 GiB or
#                  4 GiB beside the default 64 MiB pool, moved to the offset
#                  from a 2 MiB boundary that stock's pool has (memmap=, as
#                  series-matched in bench/map.sh, for the same reason)
# Sourced by bench/run.sh: writes sweep.csv.
export MEM=8G TIMEOUT=$((secs * 3 + 240))
csv=$dir/sweep.csv
echo "config,rep,kind,mib,bits,threads,granule,map_us,map_sd,unmap_us,unmap_sd,pool,pool_start" > "$csv"
sweep=(stock-64m hi-64m stock-256m hi-256m stock-1g hi-1g hi-4g)
total=$((reps * ${#sweep[@]})) n=0 part_start=$(date +%s)
shift_hi=""
sargs="guest.test=bench-map guest.seconds=$secs guest.bits=64 guest.threads=1"
for rep in $(seq "$reps"); do
	for c in "${sweep[@]}"; do
		kind=${c%-*} size=${c#*-}
		case $size in 64m) mib=64 ;; 256m) mib=256 ;; 1g) mib=1024 ;; 4g) mib=4096 ;; esac
		slabs=$((mib * 512))
		if [ "$kind" = stock ]; then
			bench_boot sweep "$c" "$rep" bench-stock $sargs "swiotlb=$slabs,force"
			read -r start end <<<"$(pool_range "$log" mapped)"
			[ -z "$shift_hi" ] && [ -n "$start" ] && shift_hi=$(hi_shift "$start")
		else
			bench_boot sweep "$c" "$rep" bench-swiotlb64 $sargs "swiotlb=,,$slabs,force" $shift_hi
			start=$(pool_range "$log" "high mapped" | cut -d' ' -f1)
		fi
		sed -n 's/^guest: bench //p' "$log" |
			sed "s/^/config=$c rep=$rep kind=$kind mib=$mib /; s/$/ start=$start/" |
			csv_fields config rep kind mib bits threads granule map map_sd unmap unmap_sd pool start >> "$csv"
	done
done
