#!/usr/bin/env bash
# A 2 GiB guest has no memory above 4 GiB: the 64-bit pool goes below and the
# kernel says so; I/O still works.
. "$(dirname "$0")/lib.sh"
MEM=2G TIMEOUT=90 boot pool-lowmem swiotlb64 swiotlb=32768,,65536,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
expect "says where the pool went and why" has 'software IO TLB: 64-bit pool at \[mem 0x00000000[0-9a-f]{8}-0x00000000[0-9a-f]{8}\] is below 4 GiB, where 32-bit devices need the memory: no room above 4 GiB'
expect "swiotlb-hi/io_tlb_nslabs is 65536" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 65536
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the 64-bit pool" bounced swiotlb/swiotlb-hi
pass
