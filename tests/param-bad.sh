#!/usr/bin/env bash
# Bad swiotlb= input gets a clear message and a safe fallback.  "swiotlb"
# with no value hangs stock 6.12 at boot (NULL dereference in the early
# parser); the patched kernel says "Malformed early option" and boots.  A
# typo in "force" is reported instead of silently dropped. A 64-bit pool
# that is not set up (noforce, nothing to bounce) is reported too, and a
# small one is never said to have 0MB.
. "$(dirname "$0")/lib.sh"
TIMEOUT=90 boot param-bare swiotlb64 swiotlb kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with a bare swiotlb"
expect "bare swiotlb: Malformed early option" has "Malformed early option 'swiotlb'"
TIMEOUT=90 boot param-typo swiotlb64 swiotlb=65536,forced kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with a typo"
expect "typo reported" has "software IO TLB: swiotlb=: ignoring 'forced'"
expect "slabs still taken" test "$(counter before swiotlb/io_tlb_nslabs)" = 65536
expect "not forced: virtio does not bounce" test "$(counter after swiotlb/io_tlb_used_hiwater)" = 0
# A one-slab 64-bit pool is a 256 KB pool (a whole segment): said in KB,
# never "(0MB)".
TIMEOUT=90 boot param-one-slab swiotlb64 swiotlb=65536,,1,force kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with a one-slab 64-bit pool"
expect "one-slab pool said in KB" has 'software IO TLB: high mapped \[mem 0x[0-9a-f]*-0x[0-9a-f]*\] \(256KB\)'
expect "no (0MB)" hasnt '\(0MB\)'
expect "its 128 slots" test "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)" = 128
expect "I/O intact" has '^dio: .* 0 bad bytes'
# noforce turns bounce buffers off: the 64-bit pool asked for is not set up,
# and the kernel says so (before, it was dropped without a word).
TIMEOUT=90 boot param-noforce swiotlb64 swiotlb=65536,,1048576,noforce kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with noforce"
expect "noforce: says there is no 64-bit pool" has 'software IO TLB: no 64-bit pool: swiotlb=noforce turns bounce buffers off'
expect "noforce: no swiotlb-hi" test -z "$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)"
expect "I/O intact" has '^dio: .* 0 bad bytes'
# A 2 GiB guest without force needs no bounce buffers at all: no pools,
# and a word about the 64-bit pool asked for.
MEM=2G TIMEOUT=90 boot param-unneeded swiotlb64 swiotlb=65536,,65536 kunit.enable=0 guest.test=io guest.mib=4 || fail "boot without force in 2 GiB"
expect "not needed: says there is no 64-bit pool" has 'software IO TLB: no 64-bit pool: no device needs bounce buffers'
expect "I/O intact" has '^dio: .* 0 bad bytes'
pass
