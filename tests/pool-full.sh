#!/usr/bin/env bash
# Exhaustion with CONFIG_SWIOTLB_DYNAMIC=n: two 1 MiB pools and eight
# concurrent O_DIRECT writers.  The 64-bit pool runs full and falls back to
# the default pool; when both are full, the mapping fails cleanly: a
# rate-limited "swiotlb buffer is full" that gives the use of both pools,
# virtio-blk retries the request later, no crash, every byte reads back
# intact, and every slot of both pools comes back.
. "$(dirname "$0")/lib.sh"
TIMEOUT=180 ALLOW="swiotlb buffer is full" boot pool-full swiotlb64 swiotlb=512,,512,force kunit.enable=0 \
	guest.test=grow guest.writers=8 guest.mib=32 || fail "boot"
grep '^guest: counter\|^guest: writers' "$log" | tr -d '\r'
c() { num "$(counter "$1" "swiotlb/$2")"; }
expect "8 writers, 256 MiB read back byte-identical" has '^guest: writers 8 of 8 passed'
expect "the 64-bit pool ran full ($(c after swiotlb-hi/io_tlb_used_hiwater) of 512 slots)" \
	test "$(c after swiotlb-hi/io_tlb_used_hiwater)" -ge 448
expect "its overflow went to the default pool (high-water mark $(c after io_tlb_used_hiwater))" \
	test "$(c after io_tlb_used_hiwater)" -gt 0
msg='swiotlb buffer is full \(sz: [0-9]+ bytes\), total 512 \(slots\), used [0-9]+ \(slots\); 64-bit pool: total 512 \(slots\), used [0-9]+ \(slots\)'
full=$(grep -av '^guest: ' "$log" | grep -acE "$msg")
echo "$(first "$msg")"
expect "both pools full: the message gives the use of both ($full times)" test "$full" -gt 0
expect "no other form of the message" test "$(grep -av '^guest: ' "$log" | grep -a 'swiotlb buffer is full' | grep -cvE "$msg")" = 0
expect "no I/O error" hasnt 'I/O error|blk_update_request|critical'
for p in swiotlb-hi/ ''; do
	expect "${p:-default pool }io_tlb_used back to 0" test "$(c after "${p}io_tlb_used")" = 0
done
pass
