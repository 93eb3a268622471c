#!/usr/bin/env bash
# A 6.12 form, swiotlb=65536,4,force, keeps its 6.12 meaning on the patched
# kernel: 4 areas, a 128 MB default pool, no 64-bit pool, no warning.
. "$(dirname "$0")/lib.sh"
TIMEOUT=90 boot pool-compat swiotlb64 swiotlb=65536,4,force kunit.enable=0 guest.test=io guest.mib=16 || fail "boot"
grep -E 'software IO TLB' "$log" | grep -v 'command line' | tr -d '\r'
expect "area num 4" has 'software IO TLB: area num 4\.'
expect "128MB default pool" has 'software IO TLB: mapped \[mem .*\] \(128MB\)'
expect "no 64-bit pool" hasnt 'high mapped'
expect "no swiotlb-hi in debugfs" hasnt 'swiotlb-hi'
expect "no swiotlb= warning" hasnt 'swiotlb=:'
expect "data read back intact" has '^dio: .* 0 bad bytes'
expect "the I/O bounced: force kept its meaning" bounced swiotlb
pass
