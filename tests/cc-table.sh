#!/usr/bin/env bash
# What an x86 confidential guest of each size gets: stock 6.12 against the
# series, both with tests/cc-guest/fake-cc-guest.patch (scripts/cc-tree.sh)
# and no swiotlb=.  Boots each kernel with 1 to 256 GiB of guest memory
# (make cc-table, about 2 min), checks 8 MiB of I/O in each, and writes
# build/logs/cc-table.md.  "low memory free": pages free in zones DMA and
# DMA32 after boot, a snapshot that varies by about 1 MiB from boot to boot
# (nokaslr keeps the kernel image below 4 GiB in every boot).
#   tests/cc-table.sh [sizes...]
. "$(dirname "$0")/lib.sh"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1G 4G 16G 20G 32G 36G 64G 256G)
md=$logs/cc-table.md
mb() { local s; s=$(counter before "$1/io_tlb_nslabs"); [ -n "$s" ] && echo $(( s * 2048 >> 20 )) || echo -; }
low() { local k; k=$(low_free_kb); echo $(( ${k:-0} >> 10 )); }
{
	echo "| guest | 6.12: default pool | 6.12: low memory free | series: default pool | series: 64-bit pool | series: low memory free |"
	echo "|---|---|---|---|---|---|"
} > "$md"
n=0
for size in "${sizes[@]}"; do
	row="| $size"
	for variant in stock-cc swiotlb64-cc; do
		n=$((n + 1))
		echo "cc-table: boot $n of $(( ${#sizes[@]} * 2 )): $variant, $size"
		# reserve=off: guest memory larger than the host's (64G) is
		# mapped with MAP_NORESERVE, which Linux's overcommit allows
		QEMU_EXTRA="-object memory-backend-ram,id=ram0,size=$size,reserve=off -machine memory-backend=ram0" \
		MEM=$size TIMEOUT=900 boot "cc-table-$variant-$size" "$variant" kunit.enable=0 nokaslr guest.test=cc guest.mib=8 ||
			fail "boot $variant $size"
		if [ $variant = stock-cc ]; then
			row+=" | $(mb swiotlb) MiB | $(low) MiB"
		else
			hi=$(mb swiotlb/swiotlb-hi)
			row+=" | $(mb swiotlb) MiB | $([ "$hi" = - ] && echo none || echo "$hi MiB") | $(low) MiB |"
		fi
	done
	echo "$row" | tee -a "$md"
done
echo "table: $md"
cat "$md"
pass
