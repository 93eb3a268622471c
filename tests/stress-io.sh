#!/usr/bin/env bash
# Stress (make check-stress): minutes of verified O_DIRECT I/O on virtio-blk
# (eight writers on two queues) through a 64-bit pool of 2 MiB, so that it
# runs full and falls back to the default pool, while dma_map_benchmark maps
# and unmaps from every CPU, first with a 64-bit mask, then with a 32-bit
# one.  Every byte is checked, no 32-bit mapping may be out of reach (the
# kernel's own check in swiotlb_map() fails the mapping and warns), and
# every slot of both pools comes back.
#   tests/stress-io.sh <variant> [seconds (240)] [MiB bounced at least (10240)]
. "$(dirname "$0")/lib.sh"
variant=${1:?variant}; secs=${2:-240}; want=${3:-10240}
TIMEOUT=$((secs + 120)) boot "stress-io-$variant" "$variant" swiotlb=65536,,1024,force kunit.enable=0 \
	guest.test=stress guest.seconds="$secs" guest.writers=8 guest.mib=32 || fail "boot"
grep '^guest: counter\|^guest: stress\|^guest: dmamap\|^guest: vda\|swiotlb addr' "$log" | tr -d '\r'
c() { num "$(counter "$1" "swiotlb/$2")"; }
passes=$(sed -n 's/^guest: stress writer [0-9]* \([0-9]*\) .*/\1/p' "$log" | tr -d '\r' | awk "{s += \$1} END {print s + 0}")
bad=$(sed -n 's/^guest: stress writer [0-9]* [0-9]* \([0-9]*\).*/\1/p' "$log" | tr -d '\r' | awk "{s += \$1} END {print s + 0}")
mib=$(( ${passes:-0} * 32 * 2 ))	# each pass writes and reads 32 MiB
expect "8 writers reported" test "$(grep -c '^guest: stress writer' "$log")" = 8
expect "$passes passes of 32 MiB, $mib MiB bounced (written and read) >= $want MiB" test "$mib" -ge "$want"
expect "0 passes with bad bytes (${bad:-?})" test "${bad:-x}" = 0
expect "every dio pass byte-identical" hasnt '^dio: .* [1-9][0-9]* bad bytes'
expect "dma_map_benchmark ran 64-bit and 32-bit" test "$(grep -c '^guest: dmamap [0-9]* average map latency' "$log")" = 2
# dma_map_benchmark does not print its loop count: from its thread count,
# time and average latencies, an upper estimate of the 32-bit mappings made.
est=$(tr -d '\r' < "$log" | awk '/^guest: dmamap 32 average (map|unmap) latency/ { split($0, a, /[:) ]+/); for (i in a) if (a[i] == "latency(us") us += a[i + 1] }
	/^guest: dmamap 32 threads/ { t = $5; s = $7 } END { if (us) printf "%d", t * s * 1e6 / us }')
echo "32-bit mappings made while the 64-bit pool was in use: about ${est:-?} (estimated from the latencies)"
expect "no mapping failed" hasnt 'dma_map_single failed|swiotlb addr .* overflow'
expect "the 64-bit pool ran full: the default pool served 64-bit mappings ($(c before io_tlb_used_hiwater) -> $(c mid io_tlb_used_hiwater) slots)" \
	test "$(c mid io_tlb_used_hiwater)" -gt "$(c before io_tlb_used_hiwater)"
for p in swiotlb-hi/ ''; do
	expect "${p:-default pool }io_tlb_used back to its value before ($(c before "${p}io_tlb_used") -> $(c after "${p}io_tlb_used"))" \
		test "$(c after "${p}io_tlb_used")" = "$(c before "${p}io_tlb_used")" -a "$(c after "${p}io_tlb_used")" != -1
done
pass
