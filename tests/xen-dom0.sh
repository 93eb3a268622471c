#!/usr/bin/env bash
# The series as a Xen PV dom0: Debian's Xen 4.17 under QEMU (TCG) boots the
# kernel with swiotlb=65536,,262144,force in a 5 GiB dom0 of an 8 GiB machine.
# swiotlb-xen exchanges the default pool for machine memory below 4 GiB and
# the 64-bit pool (anywhere in dom0's memory: its machine addresses are
# what devices see) for machine memory above 4 GiB, which Xen takes from
# its top; virtio-blk I/O bounces through
# swiotlb-hi and reads back intact; dma_map_benchmark's device maps from the
# default pool only with a 32-bit mask (xen_swiotlb_dma_supported() accepts
# it) and from the 64-bit pool with a 64-bit one.
#   tests/xen-dom0.sh <variant>
. "$(dirname "$0")/lib.sh"
variant=${1:-swiotlb64}
name=xen-dom0${variant#swiotlb64}
XEN=$top/build/xen/xen-4.17.elf MEM=8G TIMEOUT=240 \
	XEN_ARGS="dom0_mem=5G,max:5G bootscrub=0 loglvl=all guest_loglvl=all" \
	boot "$name" "$variant" swiotlb=65536,,262144,force kunit.enable=0 \
	guest.test=io-dmamap guest.mib=32 guest.bits=32,64 guest.seconds=1 || fail "boot"
grep -a 'software IO TLB\|swiotlb_xen\|^guest: counter\|^guest: dmamap.*map latency' "$log" | grep -v 'command line' | tr -d '\r'

lo=$(first 'software IO TLB: mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\]' | sed 's/.*\[mem \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\]/\1 \2/')
hi=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\]' | sed 's/.*\[mem \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\]/\1 \2/')
expect "default pool mapped" test -n "$lo"
expect "high mapped line" test -n "$hi"
read -r lo_start _ <<<"$lo"
read -r hi_start hi_end <<<"$hi"
read -r lo_m0 lo_m1 <<<"$(machine "$lo_start")"
read -r hi_m0 hi_m1 <<<"$(machine "$hi_start")"
echo "default pool: physical $lo_start, machine ${lo_m0:-?}-${lo_m1:-?}"
echo "64-bit pool:  physical $hi_start-$hi_end, machine ${hi_m0:-?}-${hi_m1:-?}"
expect "default pool in machine memory below 4 GiB" test "$(num "${lo_m1:-x}")" -ge 0 -a "$(num "${lo_m1:-x}")" -lt $((1 << 32))
expect "64-bit pool in machine memory above 4 GiB" test "$(num "${hi_m0:-x}")" -ge $((1 << 32))
expect "swiotlb-hi/io_tlb_nslabs is 262144" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 262144
expect "virtio-blk I/O bounced through swiotlb-hi" bounced swiotlb/swiotlb-hi
expect "and not through the default pool" test "$(counter after swiotlb/io_tlb_used_hiwater)" = "$(counter before swiotlb/io_tlb_used_hiwater)"
expect "32-bit mask: dma_map_benchmark ran" has '^guest: dmamap run1-32 .*average map latency'
expect "32-bit mask: default pool used" test "$(counter run1-32-after swiotlb/io_tlb_used_hiwater)" -gt 0
expect "32-bit mask: 64-bit pool not used" test "$(counter run1-32-after swiotlb/swiotlb-hi/io_tlb_used_hiwater)" = 0
expect "64-bit mask: dma_map_benchmark ran" has '^guest: dmamap run2-64 .*average map latency'
expect "64-bit mask: 64-bit pool used" test "$(counter run2-64-after swiotlb/swiotlb-hi/io_tlb_used_hiwater)" -gt 0
expect "64-bit mask: default pool not used" test "$(counter run2-64-after swiotlb/io_tlb_used_hiwater)" = 0
pass
