#!/usr/bin/env bash
# Xen refuses the exchange of the 64-bit pool: a 15 GiB dom0 of a 16 GiB
# machine asks for a 2 GiB pool, which needs 2 GiB of machine memory below
# the power of two above its physical end, and Xen has less than that free
# (dom0 took it).  The kernel says so and
# carries on with the default pool: no "high mapped" line, no swiotlb-hi,
# virtio-blk I/O bounces through the default pool and reads back intact.
# swiotlb-xen gives back the machine memory that the segments exchanged
# before the refusal took: Xen has as much free below 4 GiB
# (XEN_SYSCTL_availheap, guest/xen-heap.c) as in the same boot without the
# 64-bit pool.
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
expect "without a 64-bit pool, Xen has memory free below 4 GiB (${ref:-?} kB)" test "${ref:-0}" -gt 65536

xen xen-refuse swiotlb=65536,,1048576,force
expect "the kernel says it uses the default pool only" has 'software IO TLB: cannot remap the 64-bit pool below [0-9]+ address bits \(error -12\); using the default pool only'
expect "no high mapped line" hasnt 'software IO TLB: high mapped'
expect "the default pool is mapped" has 'software IO TLB: mapped \[mem 0x[0-9a-f]+-0x[0-9a-f]+\] \(128MB\)'
expect "no swiotlb-hi counters" hasnt '^guest: counter [a-z]+ swiotlb/swiotlb-hi/'
expect "virtio-blk I/O bounced through the default pool" bounced swiotlb
low=$(low_free_xen)
expect "Xen got its memory below 4 GiB back: ${low:-?} kB free, ${ref} kB without the pool" \
	test "${low:-0}" -ge $((ref - 1024))
pass
