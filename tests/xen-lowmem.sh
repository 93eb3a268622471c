#!/usr/bin/env bash
# Xen is short of machine memory above 4 GiB: a 7 GiB dom0 of an 8 GiB
# machine asks for a 2 GiB 64-bit pool.  Xen fills the exchange from below
# 4 GiB; swiotlb-xen says how much of the pool went there (memory 32-bit
# devices need); 32-bit devices still map from the default pool, and
# virtio-blk I/O bounces through swiotlb-hi and reads back intact.
. "$(dirname "$0")/lib.sh"
XEN=$top/build/xen/xen-4.17.elf MEM=8G TIMEOUT=240 \
	XEN_ARGS="dom0_mem=7G,max:7G bootscrub=0 loglvl=all guest_loglvl=all" \
	boot xen-lowmem swiotlb64 swiotlb=65536,,1048576,force kunit.enable=0 \
	guest.test=io-dmamap guest.mib=32 guest.bits=32 guest.seconds=1 || fail "boot"
grep -a 'software IO TLB\|swiotlb_xen\|^guest: counter.*\(hiwater\|nslabs\)' "$log" | grep -v 'command line' | tr -d '\r'
expect "high mapped line (2048MB)" has 'software IO TLB: high mapped \[mem 0x[0-9a-f]+-0x[0-9a-f]+\] \(2048MB\)'
expect "swiotlb-xen warns of the slabs below 4 GiB" has 'swiotlb_xen: [0-9]+ of 1048576 slabs of the 64-bit bounce buffer are in machine memory below 4 GiB'
expect "virtio-blk I/O bounced through swiotlb-hi" bounced swiotlb/swiotlb-hi
expect "32-bit mask: default pool used" test "$(counter run1-32-after swiotlb/io_tlb_used_hiwater)" -gt 0
expect "32-bit mask: 64-bit pool not used" test "$(counter run1-32-after swiotlb/swiotlb-hi/io_tlb_used_hiwater)" = 0
pass
