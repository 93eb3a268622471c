#!/usr/bin/env bash
# The series on another architecture (make check-arches): the cross-built
# guest boots in QEMU (arm64: virt, ppc64le: pseries; TCG) with
# swiotlb=65536,,262144,force in 8 GiB and the initramfs of
# scripts/initramfs-min.sh; the 64-bit pool has its 262144 slabs, and
# 64 MiB of O_DIRECT I/O on virtio-blk (iommu_platform=on) bounces through
# swiotlb-hi only, every byte checked.  arm64 prints where the pools went
# (the default pool below 4 GiB with ZONE_DMA32, the 64-bit pool above);
# pseries prints neither (check_swiotlb_enabled() prints only where the
# platform needs swiotlb, and keeps forced pools without a word).
# ppce500 (64-bit e5500, 6 GiB) is such a platform: its PCI controller maps
# only the first 3 GiB for DMA, so fsl_pci sets ppc_swiotlb_enable and gives
# every PCI device a bus DMA limit below 4 GiB; check_swiotlb_enabled()
# prints both pools, and virtio-blk, 64-bit mask and all, must bounce through
# the default pool, never through the 64-bit pool it cannot reach.
#   tests/arch-boot.sh arm64|ppc64le|ppce500
. "$(dirname "$0")/lib.sh"
arch=${1:?usage: arch-boot.sh arm64|ppc64le|ppce500}
[ -f "$top/arches/$arch" ] || fail "no such architecture: $arch"
image=$(sed -n 's/^image=//p' "$top/arches/$arch")
mem=8G; [ "$arch" = ppce500 ] && mem=6G
log=$logs/arch-$arch.log
GUEST_ARCH=$arch INITRD=$out/initramfs-$arch.cpio.gz MEM=$mem TIMEOUT=300 \
	"$top/scripts/boot.sh" "arch-$arch" "$out/$arch/$image" \
	swiotlb=65536,,262144,force guest.mib=64 || fail "boot"
grep -a 'software IO TLB\|DMA window\|^guest: counter.*\(hiwater\|nslabs\)\|^dio' "$log" | grep -v 'command line' | tr -d '\r'
if [ "$arch" = ppc64le ]; then
	expect "no pool printed (ppc_swiotlb_enable is 0 on pseries)" hasnt 'software IO TLB: (high )?mapped'
else
	hi=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-' | sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/')
	expect "the 64-bit pool printed (high mapped)" test -n "$hi"
	expect "64-bit pool starts above 4 GiB ($hi)" test "$(num "$hi")" -ge $((1 << 32))
	expect "default pool printed, below 4 GiB" has 'software IO TLB: mapped \[mem 0x00000000[0-9a-f]{8}-'
fi
expect "swiotlb-hi/io_tlb_nslabs is 262144" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 262144
expect "swiotlb/io_tlb_nslabs is 65536" test "$(counter before swiotlb/io_tlb_nslabs)" = 65536
# the pool virtio-blk (64-bit mask) must bounce through, and the one it must not
used=swiotlb/swiotlb-hi unused=swiotlb
if [ "$arch" = ppce500 ]; then
	expect "the PCI controller maps 3 GiB for DMA" has 'DMA window size is 0xc0000000'
	used=swiotlb unused=swiotlb/swiotlb-hi
fi
expect "virtio-blk I/O bounced through $used" bounced $used
expect "and not through $unused" test "$(counter after $unused/io_tlb_used_hiwater)" = "$(counter before $unused/io_tlb_used_hiwater)"
expect "no slot left in use" test "$(counter after $used/io_tlb_used)" = 0
pass
