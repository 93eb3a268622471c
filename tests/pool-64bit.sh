#!/usr/bin/env bash
# swiotlb=65536,,1048576,force in an 8 GiB guest: the 64-bit pool is mapped
# above 4 GiB with all 1048576 slabs, beside the default pool of 65536.
. "$(dirname "$0")/lib.sh"
TIMEOUT=90 boot pool-64bit swiotlb64 swiotlb=65536,,1048576,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
line=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\] \([0-9]*MB\)')
expect "high mapped line" test -n "$line"
start=$(sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/' <<<"$line")
expect "64-bit pool starts above 4 GiB ($start)" test "$(num "$start")" -ge $((1 << 32))
expect "2048 MB" grep -q '(2048MB)' <<<"$line"
expect "swiotlb-hi/io_tlb_nslabs is 1048576" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 1048576
expect "swiotlb/io_tlb_nslabs is 65536" test "$(counter before swiotlb/io_tlb_nslabs)" = 65536
expect "default pool below 4 GiB" has 'software IO TLB: mapped \[mem 0x00000000[0-9a-f]{8}-'
pass
