#!/usr/bin/env bash
# A 64-bit pool larger than the guest's memory (10 GiB asked in 8 GiB, which
# has 6 GiB above 4 GiB) gets at most half of the memory free above 4 GiB,
# with a message, and still goes above 4 GiB.
. "$(dirname "$0")/lib.sh"
TIMEOUT=120 boot pool-oversize swiotlb64 swiotlb=65536,,5242880,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
line=$(first 'high mapped \[mem 0x[0-9a-f]*')
expect "high mapped line" test -n "$line"
expect "above 4 GiB" test "$(num "${line##* }")" -ge $((1 << 32))
n=$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)
expect "debugfs shows the size used ($n slabs), at most half of 6 GiB" test "${n:-0}" -gt 0 -a "${n:-0}" -le $(((3 << 30) >> 11))
expect "the kernel says it took less" has 'software IO TLB: 64-bit pool of 5242880 slabs does not fit above 4 GiB in half of the free memory there, using [0-9]+'
expect "data read back intact" has '^dio: .* 0 bad bytes'
pass
