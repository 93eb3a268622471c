#!/usr/bin/env bash
# The series -> git am -> export gives back the series: byte-identical on
# the version it was exported against, the same changes on another.
. "$(dirname "$0")/lib.sh"
tree=$bdir/linux
tmp=$(mktemp -d "$top/build/roundtrip.XXXX")
trap 'git -C "$tree" worktree remove --force "$tmp/tree" 2>/dev/null; git -C "$tree" branch -D "roundtrip-$$" >/dev/null 2>&1; rm -rf "$tmp"' EXIT
git -C "$tree" worktree add -q -b "roundtrip-$$" "$tmp/tree" base || fail "checkout of base"
"$top/scripts/apply.sh" "$tmp/tree" || fail "apply"
mkdir "$tmp/patches"
PATCHES=$tmp/patches "$top/scripts/export.sh" "$tmp/tree" || fail "export"
expect "re-exported patches are the series" same_series "$patches" "$tmp/patches"
pass
