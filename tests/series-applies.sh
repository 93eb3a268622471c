#!/usr/bin/env bash
# The series applies with git am (no fuzz, no whitespace errors) to pristine
# 6.12, in a fresh checkout of the work tree's base commit.
. "$(dirname "$0")/lib.sh"
tree=$top/build/linux
tmp=$(mktemp -d "$top/build/applies.XXXX")
trap 'git -C "$tree" worktree remove --force "$tmp" 2>/dev/null; git -C "$tree" branch -D "applies-$$" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
git -C "$tree" worktree add -q -b "applies-$$" "$tmp" base || fail "checkout of base"
n=$(grep -vc '^#' "$top/patches/series")
expect "$n patches apply to $(git -C "$tree" log -1 --format=%s base)" "$top/scripts/apply.sh" "$tmp"
expect "the result is the work tree's HEAD" git -C "$tmp" diff --quiet "$(git -C "$tree" rev-parse HEAD)" HEAD
