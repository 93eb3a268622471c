#!/usr/bin/env bash
# The work tree never goes stale and never loses work (scripts/tree.sh), on a
# copy of the project with its own tree:
# - patches/ changed (a git pull): the next "make tree" applies them again;
# - the tree holds commits not in patches/ and patches/ changed: it refuses,
#   says what to do, keeps the commits; make clean refuses too;
# - after make export, the tree is up to date again;
# - KSRC names another source tree: the tree is made again from it, and the
#   per-patch worktree (scripts/worktree.sh) follows.
. "$(dirname "$0")/lib.sh"
unset KSRC BASE_VERSION	# the inner tree.sh calls set their own
tmp=$(mktemp -d "$top/build/tree-refresh.XXXX")
trap 'rm -rf "$tmp"' EXIT
proj=$tmp/proj tree=$tmp/proj/build/linux
mkdir -p "$proj/build"
cp -r "$top/scripts" "$top/bases" "$patches" "$proj/"
# A git tree of the base to start from (KSRC), at the base of the work tree.
git clone -q --shared --no-checkout "$bdir/linux" "$tmp/src" && git -C "$tmp/src" checkout -q --detach base ||
	fail "source tree"
commits() { git -C "$tree" rev-list --count base..HEAD; }
series=$proj/${patches##*/}/series	# the copy's series (patches/ on 6.12)
n=$(grep -v '^#' "$series" | grep -c .)

expect "a new tree from KSRC" env KSRC="$tmp/src" "$proj/scripts/tree.sh" "$tree"
expect "it has the $n patches" test "$(commits)" = "$n"
head=$(git -C "$tree" rev-parse HEAD)
expect "make tree again: nothing to do" test -z "$("$proj/scripts/tree.sh" "$tree")"
expect "HEAD unchanged" test "$(git -C "$tree" rev-parse HEAD)" = "$head"

sed -i '$d' "$series"
expect "patches/ lost its last patch: make tree applies the series again" "$proj/scripts/tree.sh" "$tree"
expect "the tree has $((n - 1)) patches" test "$(commits)" = "$((n - 1))"

echo "work in progress" >> "$tree/README"
git -C "$tree" commit -q -a -m "wip: not exported" || fail "commit in the tree"
wip=$(git -C "$tree" rev-parse HEAD)
cp "$patches/series" "$series"
msg=$("$proj/scripts/tree.sh" "$tree" 2>&1)
expect "patches/ changed under unexported work: make tree refuses" test $? != 0
echo "$msg"
expect "and says how to keep the work" grep -q 'make export' <<<"$msg"
expect "the work is still there" test "$(git -C "$tree" rev-parse HEAD)" = "$wip"
expect "make clean refuses too" eval '! "$proj/scripts/tree.sh" "$tree" --unexported'

expect "make export" "$proj/scripts/export.sh" "$tree"
expect "after export, make tree has nothing to do" test -z "$("$proj/scripts/tree.sh" "$tree")"
expect "and make clean may go ahead" "$proj/scripts/tree.sh" "$tree" --unexported

"$proj/scripts/worktree.sh" "$tree" "$proj/build/each-patch" || fail "per-patch worktree"
git -c advice.detachedHead=false clone -q --shared "$tmp/src" "$tmp/src2" && git -C "$tmp/src2" checkout -q --detach base &&
	git -C "$tmp/src2" -c user.name=t -c user.email=t@t commit -q --allow-empty -m "another base" ||
	fail "second source tree"
expect "KSRC names another tree: make tree makes the tree again from it" \
	env KSRC="$tmp/src2" "$proj/scripts/tree.sh" "$tree"
expect "its base is that tree's HEAD" test "$(git -C "$tree" rev-parse base)" = "$(git -C "$tmp/src2" rev-parse HEAD)"
expect "the per-patch worktree is made again" "$proj/scripts/worktree.sh" "$tree" "$proj/build/each-patch"
expect "and is a worktree of the new tree" git -C "$proj/build/each-patch" checkout -q --detach base
pass
