#!/usr/bin/env bash
# A restricted DMA pool in a kernel with CONFIG_SWIOTLB_DYNAMIC and no
# default pool (swiotlb=noforce): arm64 QEMU virt, 2 GiB, whose device tree
# (QEMU's own, dumped and edited with dtc) gives the PCI host bridge a
# 32 MiB "restricted-dma-pool".  virtio-blk (ACCESS_PLATFORM) must allocate
# its queue in that pool and bounce 64 MiB of O_DIRECT I/O through it, every
# byte checked.  6.12 fails: with default_nareas 0 the slot search tries no
# area, virtio-blk cannot allocate its queue and fails to probe (-ENOMEM).
#   tests/arm64-restricted.sh     KERNEL=<Image>: boot that kernel instead
. "$(dirname "$0")/lib.sh"
"$top/scripts/deps.sh" "arm64-restricted: to edit QEMU's device tree" device-tree-compiler
arch_conf arm64
pool=restricted-dma@b0000000
dtb=$logs/arm64-restricted.dtb
# QEMU's tree for the machine boot.sh starts (the same -cpu, -smp and -m);
# QEMU puts memory, command line and initramfs into a -dtb tree at boot.
# shellcheck disable=SC2154,SC2086
$a_qemu,dumpdtb="$dtb.qemu" -cpu "$a_cpu" -smp 2 -m 2G -nographic > /dev/null 2>&1 ||
	fail "qemu could not dump its device tree"
dtc -q -I dtb -O dts "$dtb.qemu" | perl -0pe '
	s/(\n\tpcie\@10000000 \{\n)/$1\t\tmemory-region = <&rdma>;\n/ or die "no pcie node\n";
	s/\n\};\s*$/\n\treserved-memory {\n\t\t#address-cells = <0x02>;\n\t\t#size-cells = <0x02>;\n\t\tranges;\n\n\t\trdma: '"${pool/@/\\@}"' {\n\t\t\tcompatible = "restricted-dma-pool";\n\t\t\treg = <0x00 0xb0000000 0x00 0x2000000>;\n\t\t};\n\t};\n};\n/ or die "no end of tree\n";' |
	dtc -q -I dts -O dtb -o "$dtb" - || fail "could not add the restricted pool to the device tree"
log=$logs/arm64-restricted.log
GUEST_ARCH=arm64 INITRD=$out/initramfs-arm64.cpio.gz MEM=2G TIMEOUT=300 QEMU_EXTRA="-dtb $dtb" \
	"$top/scripts/boot.sh" arm64-restricted "${KERNEL:-$out/arm64-restricted/arch/arm64/boot/Image}" \
	swiotlb=noforce guest.mib=64
rc=$?
grep -a 'software IO TLB\|swiotlb\|virtio_blk\|^dio' "$log" | grep -v 'command line' | tr -d '\r' | head -20
expect "the kernel made the restricted pool" has "Reserved memory: created restricted DMA pool at 0x0*b0000000, size 32 MiB"
expect "no default pool (swiotlb=noforce)" hasnt 'software IO TLB: mapped'
dir=$(sed -n "s|^guest: counter before \(.*$pool\)/io_tlb_nslabs .*|\1|p" "$log" | tr -d '\r' | head -1)
expect "the restricted pool's counters ($dir)" test -n "$dir"
expect "$dir/io_tlb_nslabs is 16384" test "$(counter before "$dir/io_tlb_nslabs")" = 16384
expect "the guest wrote and read back 64 MiB on virtio-blk, every byte checked (boot passed)" test "$rc" = 0
expect "the I/O bounced through the restricted pool" bounced "$dir"
expect "the I/O left no slot in use (the queues keep theirs)" \
	test "$(counter after "$dir/io_tlb_used")" = "$(counter before "$dir/io_tlb_used")"
pass
