#!/usr/bin/env bash
# What the README, the cover letter and docs/tests.md claim matches the data
# they come from: the version facts of bases/ (the kernel each base's series
# names; the kernel of the work tree when it is the pinned version), the
# tests of the lists (docs/tests.md is scripts/test-table.sh's output), and
# the README stays a first page (at most 150 lines).  A newer Debian build of
# the base (Debian's security updates) does not fail this test.
. "$(dirname "$0")/lib.sh"
for b in "$top"/bases/*; do
	[ "${b##*/}" = default ] && continue
	k=$(sed -n 's/^kernel=//p' "$b") p=$(sed -n 's/^patches=//p' "$b")
	expect "README names the base ${b##*/}: Linux $k" grep -q "Linux $k" "$top/README.md"
	[ "$p" = - ] && continue
	expect "the cover letter of $p/ names Linux $k" grep -q "Linux $k" "$top/$p/0000-cover-letter.patch"
	other=$(grep -ohE "Linux ${k%.*}\.[0-9]+" "$top/README.md" "$top/$p/0000-cover-letter.patch" | sort -u | grep -vx "Linux $k")
	expect "README and cover letter name no other Linux ${k%.*}.x (${other:-none})" test -z "$other"
done
tmp=$(mktemp -d "$top/build/readme.XXXX")
trap 'git -C "$bdir/linux" worktree remove --force "$tmp/base" 2>/dev/null; rm -rf "$tmp"' EXIT
if [ "$(tree_version)" = "$base_version" ]; then
	git -C "$bdir/linux" worktree add -q --detach "$tmp/base" base || fail "checkout of base"
	ver=$(make -s -C "$tmp/base" kernelversion)
	expect "the work tree ($base_package $base_version) is Linux $base_kernel (make kernelversion: $ver)" test "$ver" = "$base_kernel"
else
	echo "skip: the work tree is $base_package $(tree_version), not the pinned $base_version: its kernel version is not checked"
fi
"$top/scripts/test-table.sh" > "$tmp/tests.md"
if ! diff -u "$top/docs/tests.md" "$tmp/tests.md"; then
	fail "docs/tests.md is not what scripts/test-table.sh makes of the test lists (scripts/test-table.sh > docs/tests.md)"
fi
echo "ok: docs/tests.md is made from the test lists"
expect "README.md is at most 150 lines ($(wc -l < "$top/README.md"))" test "$(wc -l < "$top/README.md")" -le 150
pass
