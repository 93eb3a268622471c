# make bench, part "map": map and unmap cost (dma_map_benchmark, guest.test=
# bench-map) of stock 6.12 and of the series, pools of equal size (POOL slabs,
# 512 MiB), forced bouncing, 8 GiB guest, REPS boots each, interleaved:
#   stock           stock 6.12, swiotlb=POOL,force
#   series          the series, a 64-bit pool of POOL slabs beside the default
#                   pool of POOL slabs; I/O of a 64-bit mask uses the 64-bit pool
#   series-nopool   the series without a 64-bit pool: what every other user pays
#   stock-aligned, series-matched: the placement control.  Under TCG,
#                   64-page copies into a pool that starts on a 2 MiB boundary
#                   are slow, whatever the kernel (probably QEMU's TLB, where
#                   slot and source buffer then evict each other).  Stock's
#                   pool ends where low memory ends, at an odd offset; the
#                   64-bit pool starts at 4 GiB, aligned.  stock-aligned moves
#                   stock's pool to a 2 MiB boundary (memmap= reserves the
#                   odd part); series-matched moves the 64-bit pool to stock's
#                   offset.  Same code, other place.
# Sourced by bench/run.sh: appends to map.csv.
export MEM=8G TIMEOUT=$((secs * 20 + 180))
csv=$dir/map.csv
echo "config,rep,bits,threads,granule,map_us,map_sd,unmap_us,unmap_sd,pool,pool_start" > "$csv"
total=$((reps * 5)) n=0 part_start=$(date +%s)
stock_aligned="" series_matched=""
margs="guest.test=bench-map guest.seconds=$secs"
for rep in $(seq "$reps"); do
	for c in stock stock-aligned series series-matched series-nopool; do
		case $c in
		stock) bench_boot map $c "$rep" bench-stock $margs "swiotlb=$pool,force" ;;
		stock-aligned) bench_boot map $c "$rep" bench-stock $margs "swiotlb=$pool,force" $stock_aligned ;;
		series) bench_boot map $c "$rep" bench-swiotlb64 $margs "swiotlb=$pool,,$pool,force" ;;
		series-matched) bench_boot map $c "$rep" bench-swiotlb64 $margs "swiotlb=$pool,,$pool,force" $series_matched ;;
		series-nopool) bench_boot map $c "$rep" bench-swiotlb64 $margs "swiotlb=$pool,force" ;;
		esac
		which=mapped; [ "${c#series}" != "$c" ] && [ $c != series-nopool ] && which="high mapped"
		start=$(pool_range "$log" "$which" | cut -d' ' -f1)
		if [ $c = stock ] && [ -z "$stock_aligned" ]; then
			read -r s e <<<"$(pool_range "$log" mapped)"
			# the reservation moves stock's pool down to a 2 MiB boundary;
			# the one at 4 GiB moves the 64-bit pool up to stock's offset
			[ $((e % 0x200000)) != 0 ] &&
				stock_aligned=$(printf 'memmap=0x%x$0x%x' $((e % 0x200000)) $((e - e % 0x200000)))
			series_matched=$(hi_shift "$s")
		fi
		sed -n 's/^guest: bench //p' "$log" | sed "s/^/config=$c rep=$rep /; s/$/ start=$start/" |
			csv_fields config rep bits threads granule map map_sd unmap unmap_sd pool start >> "$csv"
	done
done
