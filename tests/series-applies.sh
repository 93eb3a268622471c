#!/usr/bin/env bash
# The series applies with git am (no fuzz, no whitespace errors) to pristine
# 6.12, in a fresh checkout of the work tree's base commit.  An empty or
# missing patches/series fails.
. "$(dirname "$0")/lib.sh"
tree=$bdir/linux
tmp=$(mktemp -d "$top/build/applies.XXXX")
trap 'git -C "$tree" worktree remove --force "$tmp" 2>/dev/null; git -C "$tree" branch -D "applies-$$" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
git -C "$tree" worktree add -q -b "applies-$$" "$tmp" base || fail "checkout of base"
expect "patches/series exists" test -f "$patches/series"
n=$(grep -v '^#' "$patches/series" | grep -c .)
expect "it lists patches ($n)" test "$n" -gt 0
expect "$n patches apply to $(git -C "$tree" log -1 --format=%s base)" "$top/scripts/apply.sh" "$tmp"
expect "the result is the work tree's HEAD" git -C "$tmp" diff --quiet "$(git -C "$tree" rev-parse HEAD)" HEAD
pass
