#!/usr/bin/env bash
# Instructions in the DMA fast paths that every device runs, bounced or not,
# in each built kernel named: dma_unmap_page_attrs() (where
# dma_direct_unmap_page() is inlined), dma_direct_sync_single_for_cpu() and
# swiotlb_map(), as objdump counts them, plus the out-of-line copy of the
# inline swiotlb_find_pool() that each calls (gcc outlines it with -Os).
# Usage: scripts/fastpath-cost.sh <out name>...   (e.g. stock v1demo swiotlb64)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
funcs="dma_unmap_page_attrs dma_direct_sync_single_for_cpu swiotlb_map"
range() {	# range <vmlinux> <symbol|0xaddress>: start and end address
	local a z
	read -r a z < <(nm -S "$1" | awk -v s="$2" '
		(s ~ /^0x/ && "0x" $1 == s) || $4 == s { print $1, $2; exit }')
	[ -n "${a:-}" ] && printf '0x%s 0x%x\n' "$a" $((0x$a + 0x$z))
}
insns() {	# insns <vmlinux> <start> <end>: the instructions
	objdump -d --no-show-raw-insn --start-address="$2" --stop-address="$3" "$1" |
		grep -E '^ *[0-9a-f]+:\s'
}
count() {	# count <vmlinux> <symbol>: "<n>+<m>": its own, its find_pool's
	local r code fp=0 a
	r=$(range "$1" "$2"); [ -n "$r" ] || { echo "?"; return; }
	code=$(insns "$1" $r)
	for a in $(sed -nE 's/.*call +([0-9a-f]+) <swiotlb_find_pool.*/\1/p' <<<"$code" | sort -u); do
		fp=$((fp + $(insns "$1" $(range "$1" "0x$a") | wc -l)))
	done
	echo "$(wc -l <<<"$code")+$fp"
}
echo "instructions: the function's own + those of the swiotlb_find_pool() copy it calls"
printf '%-32s' function; for o in "$@"; do printf ' %13s' "$o"; done; echo
for f in $funcs; do
	printf '%-32s' "$f"
	for o in "$@"; do
		v=$bdir/out/$o/vmlinux
		[ -f "$v" ] || { echo "no $v: build it first" >&2; exit 1; }
		printf ' %13s' "$(count "$v" "$f")"
	done
	echo
done
