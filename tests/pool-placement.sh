#!/usr/bin/env bash
# Where the 64-bit pool goes when high memory is short: a 3 GiB q35 guest
# has 2 GiB below 4 GiB and 1 GiB above, less what the kernel takes there.
# Asked for 1 GiB, the pool is halved until it fits above 4 GiB (512 MiB at
# the bottom of high memory), instead of going whole below 4 GiB, into the
# memory 32-bit devices need; the kernel says that it adjusted the size.
. "$(dirname "$0")/lib.sh"
MEM=3G TIMEOUT=90 boot pool-placement swiotlb64 swiotlb=32768,,524288,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
line=$(first 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\] \([0-9]*MB\)')
expect "high mapped line" test -n "$line"
start=$(sed 's/.*\[mem \(0x[0-9a-f]*\)-.*/\1/' <<<"$line")
expect "the pool starts above 4 GiB ($start)" test "$(num "$start")" -ge $((1 << 32))
expect "at the bottom of high memory (below 4 GiB + 64 MiB)" test "$(num "$start")" -lt $(((1 << 32) + (64 << 20)))
expect "halved to 512 MB" grep -q '(512MB)' <<<"$line"
expect "the kernel says it adjusted the size" has 'software IO TLB: 64-bit pool size adjusted 524288 -> 262144 slabs \(512MB\): no room for more above 4 GiB'
expect "no pool below 4 GiB" hasnt 'is below 4 GiB'
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced through the 64-bit pool" bounced swiotlb/swiotlb-hi
pass
