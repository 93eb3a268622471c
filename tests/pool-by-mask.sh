#!/usr/bin/env bash
# The upstream dma_map_benchmark tool on QEMU's pci-testdev, with -b 32, then
# -b 64, then -b 32 again: the 32-bit runs bounce through the default pool,
# the 64-bit run through the 64-bit pool, as the high-water marks show (reset
# to 0 before each run).  The third run checks that a device that has used
# the 64-bit pool and then lowers its mask gets default-pool addresses.
. "$(dirname "$0")/lib.sh"
TIMEOUT=90 boot pool-by-mask swiotlb64 swiotlb=65536,,1048576,force kunit.enable=0 guest.test=dmamap guest.bits=32,64,32 guest.seconds=1 || fail "boot"
grep '^guest: dmamap\|^guest: counter.*hiwater' "$log" | tr -d '\r'
check() {	# check <run> <pool that must rise> <pool that must stay 0>
	local up down
	up=$(counter "$1-after" "$2/io_tlb_used_hiwater"); down=$(counter "$1-after" "$3/io_tlb_used_hiwater")
	expect "$1: ran" has "^guest: dmamap $1 .*average map latency"
	expect "$1: $2 high-water mark rises ($up)" test "${up:-0}" -gt 0
	expect "$1: $3 high-water mark stays 0 ($down)" test "${down:-x}" = 0
}
check run1-32 swiotlb swiotlb/swiotlb-hi
check run2-64 swiotlb/swiotlb-hi swiotlb
check run3-32 swiotlb swiotlb/swiotlb-hi
expect "no swiotlb overflow warning" hasnt 'swiotlb addr .* overflow'
pass
