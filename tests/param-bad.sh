#!/usr/bin/env bash
# Bad swiotlb= input gets a clear message and a safe fallback.  "swiotlb"
# with no value hangs stock 6.12 at boot (NULL dereference in the early
# parser); the patched kernel says "Malformed early option" and boots.  A
# typo in "force" is reported instead of silently dropped.
. "$(dirname "$0")/lib.sh"
TIMEOUT=90 boot param-bare swiotlb64 swiotlb kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with a bare swiotlb"
expect "bare swiotlb: Malformed early option" has "Malformed early option 'swiotlb'"
TIMEOUT=90 boot param-typo swiotlb64 swiotlb=65536,forced kunit.enable=0 guest.test=io guest.mib=4 || fail "boot with a typo"
expect "typo reported" has "software IO TLB: swiotlb=: ignoring 'forced'"
expect "slabs still taken" test "$(counter before swiotlb/io_tlb_nslabs)" = 65536
expect "not forced: virtio does not bounce" test "$(counter after swiotlb/io_tlb_used_hiwater)" = 0
pass
