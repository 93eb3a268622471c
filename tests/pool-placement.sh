#!/usr/bin/env bash
# Where the 64-bit pool goes when high memory is short: a 3 GiB q35 guest
# has 2 GiB below 4 GiB and 1 GiB above.  Asked for 1 GiB, the pool gets at
# most half of what is free above 4 GiB, and goes there rather than below
# 4 GiB, into the memory 32-bit devices need; the kernel says it took less.
. "$(dirname "$0")/lib.sh"
MEM=3G TIMEOUT=90 boot pool-placement swiotlb64 swiotlb=32768,,524288,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
line=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\] \([0-9]*MB\)')
expect "high mapped line" test -n "$line"
start=$(sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/' <<<"$line")
expect "the pool starts above 4 GiB ($start)" test "$(num "$start")" -ge $((1 << 32))
n=$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)
expect "at most half of the 1 GiB above 4 GiB ($n slabs)" test "${n:-0}" -gt 0 -a "${n:-0}" -le 262144
expect "the kernel says it took less" has 'software IO TLB: 64-bit pool of 524288 slabs does not fit above 4 GiB in half of the free memory there, using '"$n"
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the 64-bit pool" bounced swiotlb/swiotlb-hi
pass
