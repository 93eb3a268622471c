#!/usr/bin/env bash
# Make <dir> a detached git worktree of the kernel tree <tree> (for builds of
# single commits), keeping it if it is one already.  A worktree whose tree
# was re-created since (its .git points nowhere) is removed and made again.
#   scripts/worktree.sh <tree> <dir>
set -euo pipefail
tree=$(realpath "$1") dir=$(realpath -m "$2")
git -C "$tree" worktree prune
if [ -e "$dir" ] && [ "$(git -C "$dir" rev-parse --path-format=absolute --git-common-dir 2>/dev/null)" = "$tree/.git" ]; then
	exit 0
fi
if [ -e "$dir" ]; then
	echo "worktree: $dir belongs to no tree any more (re-created?): making it again"
	rm -rf "$dir"
fi
git -C "$tree" worktree add -q --detach "$dir" base
