#!/usr/bin/env bash
# scripts/checkpatch.pl --strict: no error, warning or check in any patch.
. "$(dirname "$0")/lib.sh"
cp=$top/build/linux/scripts/checkpatch.pl
bad=0
for p in "$top"/patches/[0-9]*.patch; do
	case $p in */0000-*) continue ;; esac
	res=$(perl "$cp" --strict --no-tree --quiet --summary-file "$p" 2>&1 | grep -E '^total:' || echo "total: 0 errors, 0 warnings, 0 checks")
	echo "$(basename "$p"): $res"
	case $res in *" 0 errors, 0 warnings, 0 checks"*) ;; *) bad=1; perl "$cp" --strict --no-tree --quiet "$p" ;; esac
done
[ $bad = 0 ] || fail "checkpatch --strict found problems"
echo "ok: checkpatch --strict clean"
