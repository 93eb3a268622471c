#!/usr/bin/env bash
# A 64-bit pool that does not fit in fragmented memory: 64 MiB holes every
# 512 MiB above 4 GiB (memmap=...$...) leave no free range of 1 GiB there.
# A 1 GiB pool is halved until it fits above 4 GiB (256 MiB, in a 448 MiB
# gap), with a message that says so; the default pool is intact and I/O
# goes through the 64-bit pool.
. "$(dirname "$0")/lib.sh"
holes=
for ((a = 0x108000000; a < 0x280000000; a += 0x20000000)); do holes+=" memmap=64M\$$(printf '0x%x' $a)"; done
TIMEOUT=120 boot pool-fragmented swiotlb64 swiotlb=65536,,524288,force$holes kunit.enable=0 \
	guest.test=io guest.mib=16 || fail "boot"
grep -a 'software IO TLB' "$log" | grep -v 'command line\|^guest' | tr -d '\r'
expect "the pool was halved, and the message says so" \
	has 'software IO TLB: 64-bit pool of 524288 slabs does not fit above 4 GiB in half of the free memory there, using 131072'
line=$(first 'high mapped \[mem 0x[0-9a-f]*')
start=$(num "${line##* }")
expect "above 4 GiB, in a gap between holes (${line##* })" \
	test "$start" -ge $((1 << 32)) -a $(((start - 0x10c000000) % 0x20000000)) -le $((0x20000000 - 0x4000000 - (256 << 20)))
expect "the 64-bit pool has 131072 slots" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 131072
expect "the default pool has its 65536" test "$(counter before swiotlb/io_tlb_nslabs)" = 65536
expect "16 MiB read back byte-identical" has '^dio: .* 0 bad bytes'
expect "through the 64-bit pool" bounced swiotlb/swiotlb-hi
pass
