#!/usr/bin/env bash
# A Xen PV dom0 of 1 GiB has no memory above 4 GiB in its own (pseudo-
# physical) address space, which says nothing of where its machine frames
# are: it still gets a 64-bit pool, exchanged for machine memory above
# 4 GiB, and virtio-blk I/O bounces through swiotlb-hi and reads back intact.
. "$(dirname "$0")/lib.sh"
XEN=$top/build/xen/xen-4.17.elf MEM=8G TIMEOUT=240 \
	XEN_ARGS="dom0_mem=1G,max:1G bootscrub=0 loglvl=all guest_loglvl=all" \
	boot xen-small-dom0 swiotlb64 swiotlb=65536,,131072,force kunit.enable=0 \
	guest.test=io guest.mib=32 || fail "boot"
grep -a 'software IO TLB\|swiotlb_xen' "$log" | grep -v 'command line\|guest: dmesg' | tr -d '\r'
expect "high mapped line (256MB)" has 'software IO TLB: high mapped \[mem 0x[0-9a-f]+-0x[0-9a-f]+\] \(256MB\)'
line=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]+-0x[0-9a-f]+\]')
hi_start=$(sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/' <<<"$line")
read -r m0 _ <<<"$(machine "$hi_start")"
expect "64-bit pool in machine memory above 4 GiB (${m0:-none})" test "$(num "${m0:-x}")" -ge $((1 << 32))
expect "virtio-blk I/O bounced through swiotlb-hi" bounced swiotlb/swiotlb-hi
pass
