#!/usr/bin/env bash
# CONFIG_SWIOTLB_DYNAMIC=y with two 1 MiB boot pools: 8 concurrent O_DIRECT
# writers overflow both.  The 64-bit allocator keeps its boot size: it never
# grows, so a confidential guest shares no more memory with the host than
# was sized at boot.  Its overflow goes to the default allocator, which grows
# within its own limit (below 4 GiB on x86), as without a 64-bit pool; every
# byte reads back intact and no slot stays in use.
#   tests/pool-grow.sh <variant>	(a CONFIG_SWIOTLB_DYNAMIC=y kernel)
. "$(dirname "$0")/lib.sh"
variant=${1:?variant}
TIMEOUT=180 ALLOW="swiotlb buffer is full" boot "pool-grow-$variant" "$variant" swiotlb=512,,512,force kunit.enable=0 \
	guest.test=grow guest.writers=8 guest.mib=32 || fail "boot"
grep '^guest: counter\|^guest: writers\|^dio:' "$log" | tr -d '\r'
expect "8 writers, 256 MiB read back byte-identical" has '^guest: writers 8 of 8 passed'
echo "\"swiotlb buffer is full\" (allowed: virtio-blk retries the request later): $(grep -c 'swiotlb buffer is full' "$log") times"
c() { counter "$1" "swiotlb/$2"; }
hw=$(( $(num "$(c after swiotlb-hi/io_tlb_used_hiwater)") + $(num "$(c after io_tlb_used_hiwater)") ))
expect "the load needed more than both boot pools (high-water marks add up to $hw slots > 1024)" test "$hw" -gt 1024
expect "the 64-bit allocator kept its boot size ($(c before swiotlb-hi/io_tlb_nslabs) -> $(c after swiotlb-hi/io_tlb_nslabs) slots)" \
	test "$(num "$(c after swiotlb-hi/io_tlb_nslabs)")" = 512 -a "$(num "$(c before swiotlb-hi/io_tlb_nslabs)")" = 512
expect "the 64-bit pool ran full ($(c after swiotlb-hi/io_tlb_used_hiwater) of 512 slots)" \
	test "$(num "$(c after swiotlb-hi/io_tlb_used_hiwater)")" -ge 448
expect "the default allocator took the overflow and grew ($(c before io_tlb_nslabs) -> $(c after io_tlb_nslabs) slots)" \
	test "$(num "$(c after io_tlb_nslabs)")" -gt 512
for p in swiotlb-hi/ ''; do
	for f in io_tlb_used io_tlb_transient_nslabs; do
		expect "${p:-default pool }$f back to 0" test "$(c after "$p$f")" = 0
	done
done
pass
