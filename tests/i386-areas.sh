#!/usr/bin/env bash
# A 32-bit kernel (make check-arches: x86-32 with PAE, QEMU q35, 1 GiB):
# swiotlb=,16384,force asks for at least 128 slabs in each of 16384 areas,
# 2^21 slabs, whose 4 GiB do not fit in a 32-bit unsigned long.  The series
# caps the areas number at 8192 with a warning; the pool is then halved
# until it fits, and 64 MiB of O_DIRECT I/O on virtio-blk bounces through
# it, every byte checked.  6.12 sizes the pool at 0 bytes and bounces
# through the memory after it ("tests/i386-areas.sh i386-stock" boots it).
#   tests/i386-areas.sh [<variant>]     (default: i386, the series)
. "$(dirname "$0")/lib.sh"
variant=${1:-i386}
log=$logs/i386-areas-$variant.log
GUEST_ARCH=i386 INITRD=$out/initramfs-i386.cpio.gz MEM=1G TIMEOUT=300 \
	"$top/scripts/boot.sh" "i386-areas-$variant" "$out/$variant/arch/x86/boot/bzImage" \
	swiotlb=,16384,force guest.mib=64 || fail "boot"
grep -a 'software IO TLB\|swiotlb=\|^guest: counter.*\(hiwater\|nslabs\)' "$log" | grep -v 'command line' | tr -d '\r'
expect "the areas number is capped, with a warning" has 'swiotlb=: 16384 areas is too many, using 8192'
expect "the default pool has memory" hasnt 'software IO TLB: mapped .* \(0MB\)'
expect "virtio-blk I/O bounced through it" bounced swiotlb
expect "no slot left in use" test "$(counter after swiotlb/io_tlb_used)" = 0
pass
