#!/usr/bin/env bash
# The 2022 RFC's example in its new form, swiotlb=327680,,3145728,force, in a
# 16 GiB guest (14 GiB above 4 GiB, so that 6 GiB is less than half of it):
# a 6 GiB 64-bit pool above 4 GiB, beside the default pool of 327680 slabs
# (640 MiB), which 6.12 rounds up to a power of two (1 GiB) as it does for
# every default pool once areas are set.
# Its old form, swiotlb=327680,3145728,force, keeps the 6.12 meaning (areas).
. "$(dirname "$0")/lib.sh"
MEM=16G TIMEOUT=240 boot pool-rfc swiotlb64 swiotlb=327680,,3145728,force kunit.enable=0 guest.test=io guest.mib=64 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
grep '^guest: counter' "$log" | tr -d '\r'
expect "default pool rounded up as on 6.12" has 'software IO TLB: SWIOTLB bounce buffer size roundup to 1024MB'
expect "1024MB default pool" has 'software IO TLB: mapped \[mem .*\] \(1024MB\)'
expect "6144MB 64-bit pool" has 'software IO TLB: high mapped \[mem 0x0000000[1-9a-f][0-9a-f]{8}-.*\] \(6144MB\)'
expect "swiotlb-hi/io_tlb_nslabs is 3145728" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 3145728
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the 64-bit pool" bounced swiotlb/swiotlb-hi
MEM=12G TIMEOUT=240 boot pool-rfc-oldform swiotlb64 swiotlb=327680,3145728,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
expect "no 64-bit pool" hasnt 'high mapped'
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the default pool: force kept" bounced swiotlb
pass
