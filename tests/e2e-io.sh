#!/usr/bin/env bash
# The RFC's demo, with no driver change: 256 MiB written and read back with
# O_DIRECT on virtio-blk, every byte checked; the traffic goes through the
# 64-bit pool (its high-water mark rises, the default pool's does not), and
# no slot of either pool stays in use.
#   tests/e2e-io.sh <variant>
. "$(dirname "$0")/lib.sh"
variant=${1:?variant}
TIMEOUT=180 boot "e2e-io-$variant" "$variant" swiotlb=65536,,1048576,force kunit.enable=0 guest.test=io guest.mib=256 || fail "boot"
grep '^guest: counter\|^dio:' "$log" | tr -d '\r'
expect "256 MiB read back byte-identical" has '^dio: /dev/vda 256 MiB .* 0 bad bytes'
for c in io_tlb_used io_tlb_used_hiwater; do
	eval "hi0_$c=\$(counter before swiotlb/swiotlb-hi/$c) hi1_$c=\$(counter after swiotlb/swiotlb-hi/$c)"
	eval "lo0_$c=\$(counter before swiotlb/$c) lo1_$c=\$(counter after swiotlb/$c)"
done
expect "swiotlb-hi high-water mark rises ($hi0_io_tlb_used_hiwater -> $hi1_io_tlb_used_hiwater)" \
	test "${hi1_io_tlb_used_hiwater:-0}" -gt "${hi0_io_tlb_used_hiwater:-0}"
expect "default pool high-water mark does not rise ($lo0_io_tlb_used_hiwater -> $lo1_io_tlb_used_hiwater)" \
	test "${lo1_io_tlb_used_hiwater:-x}" = "${lo0_io_tlb_used_hiwater:-y}"
expect "swiotlb-hi io_tlb_used back to 0" test "${hi1_io_tlb_used:-x}" = 0
expect "default io_tlb_used back to 0" test "${lo1_io_tlb_used:-x}" = 0
pass
