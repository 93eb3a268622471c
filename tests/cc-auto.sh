#!/usr/bin/env bash
# An x86 confidential guest built with CONFIG_X86_MEM_ENCRYPT_SWIOTLB64 gets
# a 64-bit pool with no swiotlb=: what its 6 % share of memory has beyond
# the 1 GiB clamp of the default pool, which keeps its size and place, once
# that is at least 1 GiB (from about 33.3 GiB of memory); a kdump kernel
# gets none; and a size given with swiotlb= wins, where it wins
# over the default pool's 6 % (swiotlb_adjust_size()).
# The kernel is the series plus tests/cc-guest/fake-cc-guest.patch
# (scripts/cc-tree.sh): from mem_encrypt_setup_arch() on, the code is the
# guest's own; what QEMU cannot run is the encryption itself.
#   tests/cc-auto.sh [variant]   (swiotlb64-cc; stock-cc shows 6.12 failing it)
. "$(dirname "$0")/lib.sh"
variant=${1:-swiotlb64-cc}

# cc <name> <guest memory> [kernel args...]: boot with 32 MiB of checked
# I/O and print the kernel's swiotlb lines.  nokaslr: KASLR puts the kernel
# image (10 MiB) below or above 4 GiB at random, which the low-memory
# comparison below would otherwise read as the pool's.  reserve=off: guest
# memory larger than the host's free memory is mapped with MAP_NORESERVE;
# the guest touches little of it.
cc() {
	local name=$1 mem=$2; shift 2
	echo "== $name: $mem guest${*:+, $*}"
	QEMU_EXTRA="-object memory-backend-ram,id=ram0,size=$mem,reserve=off -machine memory-backend=ram0" \
	MEM=$mem TIMEOUT=180 boot "$name" "$variant" kunit.enable=0 nokaslr guest.test=cc guest.mib=32 ${force:-} "$@" ||
		fail "boot $name"
	grep -av '^guest: ' "$log" | grep -a 'software IO TLB' | grep -v 'Command line' |
		tr -d '\r' | sed 's/^\[[ 0-9.]*\] /  /'
}
auto='software IO TLB: 64-bit pool sized to'
# 7.3 has no SWIOTLB_FORCE: there a confidential guest bounces because its
# devices need shared memory, which QEMU cannot fake.  swiotlb=force, which
# sets no size, makes its I/O bounce; the sizing runs as without it.
grep -q SWIOTLB_FORCE "$bdir/linux/include/linux/swiotlb.h" || force=swiotlb=force

# 36 GiB (37748200 kB that the kernel counts): 6 % is 2211 MiB; the default
# pool has 1 GiB, the 64-bit pool the 1187 MiB that is left, in whole
# segments: 608256 slabs (1188 MiB).
cc cc-auto-36g 36G
expect "the default pool is sized as in 6.12 (1024MB)" has 'SWIOTLB bounce buffer size adjusted to 1024MB'
expect "default pool of 524288 slabs below 4 GiB" \
	test "$(counter before swiotlb/io_tlb_nslabs)" = 524288 -a -n "$(first 'mapped \[mem 0x00000000[0-9a-f]{8}-')"
expect "the kernel says it sized the 64-bit pool, and how to change it" \
	has "$auto 1187MB; swiotlb=,,<slabs> sets its size, swiotlb=,,0 turns it off"
line=$(first 'high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\] \([0-9]*MB\)')
start=$(sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/' <<<"$line")
expect "the 64-bit pool is above 4 GiB ($start)" test "$(num "$start")" -ge $((1 << 32))
expect "swiotlb-hi has 608256 slabs" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 608256
expect "32 MiB of I/O read back intact" has '^guest: result pass'
expect "the I/O bounced through swiotlb-hi" bounced swiotlb/swiotlb-hi
low36=$(low_free_kb)

# 32 GiB: 6 % is 1966 MiB; the 942 MiB beyond the default pool would make
# a 64-bit pool smaller than it, which the devices would search first and
# fill first: nothing changes.
cc cc-auto-32g 32G
expect "32 GiB: no 64-bit pool" hasnt "$auto|high mapped"
expect "32 GiB: the default pool has 524288 slabs" test "$(counter before swiotlb/io_tlb_nslabs)" = 524288

# A kdump capture kernel (elfcorehdr= set) gets none, automatic or asked
# for; the header address is not a real one, so the kernel finds no vmcore
# and carries on.
cc cc-auto-kdump 36G elfcorehdr=0x1000000
expect "kdump kernel: no automatic pool, and no word of one" hasnt "$auto|high mapped"
expect "kdump kernel: the default pool as without it" test "$(counter before swiotlb/io_tlb_nslabs)" = 524288

cc cc-auto-kdump-user 36G elfcorehdr=0x1000000 swiotlb=,,65536
expect "kdump kernel, swiotlb=,,65536: the kernel says it sets up no 64-bit pool" has 'software IO TLB: no 64-bit pool in a kdump kernel'
expect "kdump kernel, swiotlb=,,65536: no 64-bit pool" hasnt 'high mapped'

# A size given with swiotlb= wins.
cc cc-auto-off 36G swiotlb=,,0
expect "swiotlb=,,0: no 64-bit pool" hasnt "$auto|high mapped"
expect "swiotlb=,,0: the default pool as without it" test "$(counter before swiotlb/io_tlb_nslabs)" = 524288
low_off=$(low_free_kb)
expect "the automatic pool takes no memory below 4 GiB (${low36:-?} kB free with it, ${low_off:-?} kB without)" \
	test -n "$low36" -a "${low36:-0}" -ge $(( ${low_off:-1} - 4096 ))

cc cc-auto-user 36G swiotlb=,,65536
expect "swiotlb=,,65536: the user's 128 MB pool, not the automatic one" has 'high mapped .*\(128MB\)'
expect "swiotlb=,,65536: not sized automatically" hasnt "$auto"
expect "swiotlb=,,65536: the I/O bounced through swiotlb-hi" bounced swiotlb/swiotlb-hi

cc cc-auto-sized 36G swiotlb=262144
expect "swiotlb=262144: the user's default pool" test "$(counter before swiotlb/io_tlb_nslabs)" = 262144
expect "swiotlb=262144: no 64-bit pool, as in 6.12" hasnt "$auto|high mapped"

# swiotlb=32768 gives the default size: swiotlb_adjust_size() compares
# values and sizes the default pool all the same, so the 64-bit pool too.
cc cc-auto-default-size 36G swiotlb=32768
expect "swiotlb=32768: the default pool sized as without it, as in 6.12" \
	test "$(counter before swiotlb/io_tlb_nslabs)" = 524288
expect "swiotlb=32768: the 64-bit pool sized as without it" \
	test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 608256
pass
