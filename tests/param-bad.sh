#!/usr/bin/env bash
# Bad swiotlb= input gets a clear message and a safe fallback: every string
# of tests/param-bad.table is booted, and for each the guest must pass an
# O_DIRECT write and read-back on virtio-blk, the console must show the
# expected message (or none of the parser's complaints, for valid strings),
# the pools must have the expected sizes, and bouncing must be forced or not
# as expected.  Stock 6.12 hangs at boot on a bare "swiotlb", loses all DMA
# on a size that overflows, and drops the rest of the bad strings without a
# word.  A markdown table of what each boot showed goes to
# the run's log folder, param-bad.md (docs/results.md has a copy).
#   tests/param-bad.sh [name...]	(default: every row)
. "$(dirname "$0")/lib.sh"
table=$top/tests/param-bad.table
md=$logs/param-bad.md
mkdir -p "$logs"
echo "| name | guest | kernel arguments | message | default pool (slots) | 64-bit pool (slots) | forced | I/O |" > "$md"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |" >> "$md"
trim() { local s=$1; s=${s#"${s%%[! ]*}"}; echo "${s%"${s##*[! ]}"}"; }
failed=() rows=0
while IFS='|' read -r name mem args msg def hi forced; do
	name=$(trim "$name")
	case $name in
	''|'#'*) continue ;;
	*@*)	[ "${name#*@}" = "$BASE" ] || continue; name=${name%@*} ;;
	*)	grep -q "^$name@$BASE " "$table" && continue ;;
	esac
	[ $# -gt 0 ] && [[ " $* " != *" $name "* ]] && continue
	mem=$(trim "$mem"); args=$(trim "$args"); msg=$(trim "$msg")
	def=$(trim "$def"); hi=$(trim "$hi"); forced=$(trim "$forced")
	rows=$((rows + 1))
	echo "== $name: $args ($mem)"
	bad=()
	MEM=$mem TIMEOUT=120 boot "param-$name" swiotlb64 "$args" kunit.enable=0 guest.test=io guest.mib=4 || bad+=("boot")
	has '^dio: .* 0 bad bytes' && io="intact" || { io="BAD"; bad+=("I/O"); }
	if [ "$msg" = - ]; then
		seen="(none)"
		hasnt 'swiotlb=:|Malformed early option' || bad+=("a complaint about valid input")
	else
		seen=$(grep -av '^guest: ' "$log" | grep -aE "$msg" | head -1 | sed 's/^\[[^]]*\] //' | tr -d '\r')
		[ -n "$seen" ] || bad+=("message /$msg/")
	fi
	d=$(counter before swiotlb/io_tlb_nslabs); h=$(counter before swiotlb/swiotlb-hi/io_tlb_nslabs)
	[ "${d:-0}" = 0 ] && d=-
	[ -z "$h" ] && h=-
	[ "$def" = "?" ] || [ "$d" = "$def" ] || bad+=("default pool $d, not $def")
	[ "$hi" = "?" ] || [ "$h" = "$hi" ] || bad+=("64-bit pool $h, not $hi")
	f=n
	for p in swiotlb swiotlb/swiotlb-hi; do
		b=$(counter before "$p/io_tlb_used_hiwater"); a=$(counter after "$p/io_tlb_used_hiwater")
		[ -n "$a" ] && [ "$a" -gt "${b:-0}" ] && f=y
	done
	[ "$f" = "$forced" ] || bad+=("forced $f, not $forced")
	echo "| $name | $mem | \`${args//|/\\|}\` | ${seen//|/\\|} | $d | $h | $f | $io |" >> "$md"
	if [ ${#bad[@]} = 0 ]; then
		echo "ok: $name: default pool $d, 64-bit pool $h, forced $f, I/O $io; $seen"
	else
		echo "FAIL: $name: ${bad[*]} (console: $log)"
		failed+=("$name (${bad[*]})")
	fi
done < "$table"
echo "$rows strings booted; table: $md"
[ ${#failed[@]} = 0 ] || fail "${#failed[@]} of $rows: ${failed[*]}"
pass
