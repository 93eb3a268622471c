#!/usr/bin/env bash
# What the README and the cover letter claim matches what is here: the
# kernel version of the source (make kernelversion of the work tree's base),
# and the README's table of tests, which must name the tests of tests/list
# in the order they run.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d "$top/build/readme.XXXX")
trap 'git -C "$top/build/linux" worktree remove --force "$tmp/base" 2>/dev/null; rm -rf "$tmp"' EXIT
git -C "$top/build/linux" worktree add -q --detach "$tmp/base" base || fail "checkout of base"
ver=$(make -s -C "$tmp/base" kernelversion)
echo "make kernelversion at base: $ver"
expect "README names Linux $ver" grep -q "Linux $ver" "$top/README.md"
expect "README says the source carries Debian's patches" grep -q "with Debian's patches" "$top/README.md"
expect "the cover letter names Linux $ver" grep -q "Linux $ver" "$top/patches/0000-cover-letter.patch"
other=$(grep -ohE '6\.12\.[0-9]+' "$top/README.md" | sort -u | grep -vx "$ver")
expect "the README claims no other 6.12.x (${other:-none})" test -z "$other"
listed=$(grep -v '^#' "$top/tests/list" | awk 'NF { print $1 }')
table=$(sed -n '/^| test | what it shows |/,/^$/p' "$top/README.md" | sed '1,2d' |
	awk -F'|' 'NF > 2 { gsub(/[ `]/, "", $2); n = split($2, t, ","); for (i = 1; i <= n; i++) print t[i] }')
if [ "$table" != "$listed" ]; then
	diff <(echo "$listed") <(echo "$table") | sed 's/^/readme: /'
	fail "the README's table of tests differs from tests/list (< list, > README)"
fi
echo "ok: the README's table names the $(wc -l <<<"$listed") tests of tests/list, in order"
pass
