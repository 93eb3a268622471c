#!/usr/bin/env bash
# Differential test of the swiotlb= parser: the parser of
# the base (the tree's base commit: 6.12, or 7.3) and the series' parser (the tree as it
# is), extracted from the kernel sources and compiled for the host, on every
# string of up to 5 tokens and on N random ones (default 10^6): zero
# differences on the strings that the base took in whole, except the listed one
# (sizes whose byte count overflows in the base: capped, with a warning).
# Usage: tests/parser-diff.sh [N [seed]]
. "$(dirname "$0")/lib.sh"
src=$bdir/linux
here=$top/tests/parser-diff
work=$top/build/parser-diff
[ -f "$src/kernel/dma/swiotlb.c" ] || fail "no tree: make tree"
rm -rf "$work"; mkdir -p "$work"
x() { awk -v NAMES="$1" -f "$here/extract.awk"; }
parser="IO_TLB_MAX_SLABS IO_TLB_MEM64_MAX_SLABS round_up_default_nslabs
	swiotlb_adjust_nareas swiotlb_parse_nslabs setup_io_tlb_npages"
# side <name> <swiotlb.c>: a translation unit with <name>_parse().
side() {
	cat <<-EOT
	#include "shim.h"
	static unsigned long default_nslabs = IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT;
	static unsigned long default_nareas;
	static bool swiotlb_force_bounce, swiotlb_force_disable;
	static unsigned long mem64_nslabs __attribute__((unused));
	static bool swiotlb_sized __attribute__((unused));
	static bool track_hiwater_enabled;
	static const char *rest = "";
	EOT
	x "$(echo $parser)" < "$2"
	cat <<-EOT
	void $1_parse(const char *s, struct parse_state *st)
	{
		default_nslabs = IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT;
		default_nareas = 0;
		swiotlb_force_bounce = swiotlb_force_disable = false;
		mem64_nslabs = 0;
		track_hiwater_enabled = false;
		rest = "";
		setup_io_tlb_npages((char *)s);
		st->nslabs = default_nslabs;
		st->nareas = default_nareas;
		st->nslabs64 = mem64_nslabs;
		st->force = swiotlb_force_bounce;
		st->disable = swiotlb_force_disable;
		st->hiwater = track_hiwater_enabled;
		st->rest = rest;
	}
	EOT
}
git -C "$src" show base:kernel/dma/swiotlb.c > "$work/swiotlb-base.c" || fail "no base commit in the tree"
# The base's parser, told to keep what it did not take (it has no other
# output): 6.12 compares the rest with strcmp(); 7.3 takes prefixes with
# strncmp() and ignores what follows, so it is told to step over
# "track_hiwater" too, and whether anything is left at the end.
side old "$work/swiotlb-base.c" |
	if grep -q 'strncmp(str, "force", 5)' "$work/swiotlb-base.c"; then
		sed -e 's/^\t\tstatic_call_update(swiotlb_dec_used, dec_used_real);$/&\n\t\tstr += 13;/' \
		    -e '/^setup_io_tlb_npages/,/^}/s/^\treturn 0;$/\trest = *str ? "(not taken)" : "";\n&/'
	else
		sed 's/^\tif (!strcmp(str, "force"))$/\trest = str;\n&/'
	fi > "$work/old.c"
[ "$(grep -cP '^\trest = ' "$work/old.c")" = 1 ] || fail "base parser not found or changed"
# SERIES_C=<file>: another swiotlb.c to test as the series (an older version)
side new "${SERIES_C:-$src/kernel/dma/swiotlb.c}" > "$work/new.c"
{
	echo '#include "shim.h"'
	# 7.3 made _parse_integer() a macro of _parse_integer_limit()
	if git -C "$src" show base:lib/kstrtox.h | grep -q '^#define _parse_integer('; then
		git -C "$src" show base:include/linux/args.h | x "__COUNT_ARGS COUNT_ARGS __CONCAT CONCATENATE"
		git -C "$src" show base:lib/kstrtox.h | x "_parse_integer0 _parse_integer1 _parse_integer2 _parse_integer"
	fi
	git -C "$src" show base:lib/kstrtox.c | x "_parse_integer_fixup_radix _parse_integer_limit _parse_integer _kstrtoull kstrtoull"
	git -C "$src" show base:lib/vsprintf.c | x "simple_strntoull simple_strtoull simple_strtoul"
} > "$work/lib.c"
for f in old new; do	# what a side lacks, the compiler misses
	grep -q '^static int __init setup_io_tlb_npages\|^setup_io_tlb_npages' "$work/$f.c" ||
		fail "no setup_io_tlb_npages() in the $f parser"
done
gcc -O2 -Wall -Wno-unused-function -I"$here" -o "$work/parser-diff" \
	"$here/driver.c" "$work/old.c" "$work/new.c" "$work/lib.c" || fail "cannot compile the parsers"
echo "built: the base's ($base_kernel) and the series' parsers, and the base's simple_strtoul(), from the sources"
"$work/parser-diff" "${1:-1000000}" ${2:+"$2"} | tee "$work/result"
line=$(tail -1 "$work/result")
n=$(sed -n 's/^compared \([0-9]*\) strings.*/\1/p' <<<"$line")
w=$(sed -n 's/.* \([0-9]*\) taken in whole.*/\1/p' <<<"$line")
d=$(sed -n 's/.*; \([0-9]*\) differences$/\1/p' <<<"$line")
expect "at least 10^6 strings compared ($n)" [ "${n:-0}" -ge 1000000 ]
expect "at least 10^5 of them taken in whole by the base ($w)" [ "${w:-0}" -ge 100000 ]
expect "no difference ($d)" [ "${d:-1}" = 0 ]
pass
