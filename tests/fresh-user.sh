#!/usr/bin/env bash
# A new user's first steps, with git as it is on a fresh machine: HOME an
# empty folder, no global or system git config, so no identity at all.
# scripts/tree.sh unpacks Debian's source into a new tree and applies the
# series; the tree must equal the work tree, and make export must give back
# the series (tests/lib.sh: same_series).  Then the same round trip as a user whose name is
# not the series author's (the cover letter must not take the runner's name).
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d "$top/build/fresh-user.XXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/home"
export HOME=$tmp/home GIT_CONFIG_GLOBAL=/dev/null GIT_CONFIG_NOSYSTEM=1
unset GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL EMAIL
expect "git has no identity here" eval '! git config user.name'
tree=$tmp/linux
# The source the work tree came from: Debian's, or the KSRC tree it was
# cloned from (a clone of its base here).
if [ -z "$(tree_version)" ]; then
	git clone -q --shared --no-checkout "$bdir/linux" "$tmp/src" && git -C "$tmp/src" checkout -q --detach base ||
		fail "source tree"
	export KSRC=$tmp/src
fi
expect "tree.sh creates the work tree with no git identity" "$top/scripts/tree.sh" "$tree"
expect "it holds the series: same files as the work tree" \
	git -C "$tree" diff --quiet "$(git -C "$bdir/linux" rev-parse 'HEAD^{tree}')" HEAD
mkdir "$tmp/p1"
expect "make export works with no git identity" env PATCHES="$tmp/p1" "$top/scripts/export.sh" "$tree"
expect "and gives back the series" same_series "$patches" "$tmp/p1"

# Another user: a name that is not the series author's.
printf '[user]\n\tname = A. N. Other\n\temail = other@example.org\n' > "$HOME/.gitconfig"
export GIT_CONFIG_GLOBAL=$HOME/.gitconfig
git -C "$tree" config --unset user.name; git -C "$tree" config --unset user.email
git -C "$tree" worktree add -q -b other "$tmp/other" base || fail "worktree at base"
expect "the series applies as A. N. Other" "$top/scripts/apply.sh" "$tmp/other"
expect "A. N. Other committed it" test "$(git -C "$tmp/other" log -1 --format=%cn)" = "A. N. Other"
mkdir "$tmp/p2"
expect "A. N. Other exports" env PATCHES="$tmp/p2" "$top/scripts/export.sh" "$tmp/other"
expect "and gets back the series (cover letter included)" same_series "$patches" "$tmp/p2"
pass
