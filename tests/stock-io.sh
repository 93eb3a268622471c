#!/usr/bin/env bash
# Baseline on the stock base kernel: forced bouncing with swiotlb=65536,force
# moves virtio-blk I/O through the default pool (its high-water mark rises),
# the data read back is byte-identical and no slot stays in use.
. "$(dirname "$0")/lib.sh"
INITRD=$out/initramfs-stock.cpio.gz TIMEOUT=90 boot stock-io stock "swiotlb=65536,force" kunit.enable=0 guest.test=io guest.mib=64 || fail "boot"
expect "pool of 65536 slabs" has 'software IO TLB: mapped \[mem .*\] \(128MB\)'
expect "64 MiB read back byte-identical" has '^dio: /dev/vda 64 MiB .* 0 bad bytes'
hw0=$(counter before swiotlb/io_tlb_used_hiwater); hw1=$(counter after swiotlb/io_tlb_used_hiwater)
u0=$(counter before swiotlb/io_tlb_used); u1=$(counter after swiotlb/io_tlb_used)
echo "io_tlb_used_hiwater $hw0 -> $hw1, io_tlb_used $u0 -> $u1"
expect "high-water mark rises with the I/O" test "$hw1" -gt "$hw0"
expect "no slot leaked" test "$u1" -eq "$u0"
pass
