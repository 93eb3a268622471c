#!/usr/bin/env bash
# Xen refuses an exchange: a 15 GiB dom0 of a 16 GiB machine asks for a
# 2 GiB default pool, which swiotlb-xen must exchange for machine memory
# below 4 GiB, and Xen has less than 1 GiB free there.  The exchange fails
# partway; swiotlb-xen gives back the frames it had exchanged, and swiotlb
# halves the pool and retries, as for any failed remap, until 512 MiB fit.
# Xen ends with as much free below 4 GiB (XEN_SYSCTL_availheap,
# guest/xen-heap.c) as the reference boot, less the larger pool: nothing
# of the failed attempts is lost.  Virtio-blk I/O reads back intact.
. "$(dirname "$0")/lib.sh"
xen() {	# xen <name> <swiotlb=...>
	XEN=$top/build/xen/xen-4.17.elf MEM=16G TIMEOUT=240 \
		XEN_ARGS="dom0_mem=15G,max:15G bootscrub=0 loglvl=all guest_loglvl=all" \
		boot "$1" swiotlb64 "$2" kunit.enable=0 guest.test=xenheap guest.mib=32 ||
		fail "boot $1"
	grep -a 'software IO TLB\|swiotlb_xen\|^guest: xen free\|^guest: counter' "$log" |
		grep -v 'command line\|guest: dmesg' | tr -d '\r'
}
low_free_xen() { sed -n 's/^guest: xen free below 4 GiB kB //p' "$log" | tr -d '\r'; }

# The reference boot is also the case the series leaves alone: Xen PV passes
# SWIOTLB_ANY for its default pool, so a 64-bit pool is set up only if
# swiotlb= asks for one.
xen xen-refuse-ref swiotlb=65536,,force
expect "SWIOTLB_ANY (Xen PV), no 64-bit pool asked: none set up" hasnt 'software IO TLB: high mapped|64-bit pool'
ref=$(low_free_xen)
expect "with a 128 MiB default pool, Xen has memory free below 4 GiB (${ref:-?} kB)" test "${ref:-0}" -gt 65536

xen xen-refuse swiotlb=1048576,force
expect "the 2 GiB exchange failed" has 'software IO TLB: swiotlb_memblock_alloc: Failed to remap 2147483648 bytes'
expect "the 1 GiB exchange failed" has 'software IO TLB: swiotlb_memblock_alloc: Failed to remap 1073741824 bytes'
expect "512 MiB fit" has 'software IO TLB: mapped \[mem 0x[0-9a-f]+-0x[0-9a-f]+\] \(512MB\)'
expect "virtio-blk I/O bounced through the default pool" bounced swiotlb
low=$(low_free_xen)
expect "Xen got the frames of the failed exchanges back: ${low:-?} kB free, ${ref} kB with a 384 MiB smaller pool" \
	test "${low:-0}" -ge $((ref - (384 << 10) - 1024))
pass
