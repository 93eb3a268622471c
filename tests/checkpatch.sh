#!/usr/bin/env bash
# scripts/checkpatch.pl --strict: no error, warning or check in any patch,
# except the few accepted, with their reason, in tests/checkpatch.allow.
. "$(dirname "$0")/lib.sh"
cp=$bdir/linux/scripts/checkpatch.pl
bad=0
for p in "$patches"/[0-9]*.patch; do
	name=$(basename "$p")
	case $name in 0000-*) continue ;; esac
	ignore=$(awk -v n="$name" '!/^#/ && NF && index(n, $1) { printf "%s%s", sep, $2; sep = "," }' "$top/tests/checkpatch.allow")
	[ -n "$ignore" ] && echo "$name: accepted: $ignore (see tests/checkpatch.allow)"
	out=$(perl "$cp" --strict --no-tree --quiet ${ignore:+--ignore "$ignore"} "$p" 2>&1)
	if [ -n "$out" ]; then
		echo "$out"
		bad=1
	else
		echo "$name: clean"
	fi
done
[ $bad = 0 ] || fail "checkpatch --strict found problems"
echo "ok: checkpatch --strict clean"
pass
