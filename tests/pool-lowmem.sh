#!/usr/bin/env bash
# A 2 GiB guest has no memory above 4 GiB: no 64-bit pool, since the memory
# below 4 GiB is for the default pool and the devices that cannot address
# more; the kernel says so and I/O goes through the default pool.
. "$(dirname "$0")/lib.sh"
MEM=2G TIMEOUT=90 boot pool-lowmem swiotlb64 swiotlb=32768,,65536,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
expect "says there is no room above 4 GiB" has 'software IO TLB: no room above 4 GiB for a 64-bit pool of 65536 slabs'
expect "no 64-bit pool" hasnt 'high mapped'
expect "no swiotlb-hi counters" hasnt '^guest: counter [a-z]+ swiotlb/swiotlb-hi/'
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the default pool" bounced swiotlb
pass
