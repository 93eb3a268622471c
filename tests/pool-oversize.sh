#!/usr/bin/env bash
# A 64-bit pool larger than the guest's memory (10 GiB asked in 8 GiB) is
# halved until it fits, with a message, and still goes above 4 GiB.
. "$(dirname "$0")/lib.sh"
TIMEOUT=120 boot pool-oversize swiotlb64 swiotlb=65536,,5242880,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
expect "adjusted message" has 'software IO TLB: 64-bit pool size adjusted 5242880 -> [0-9]+ slabs'
line=$(first 'high mapped \[mem 0x[0-9a-f]*')
expect "high mapped line" test -n "$line"
expect "above 4 GiB" test "$(num "${line##* }")" -ge $((1 << 32))
n=$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)
expect "debugfs shows the adjusted size ($n slabs)" test "${n:-0}" -gt 0 -a "${n:-0}" -lt 5242880
pass
