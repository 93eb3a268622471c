#!/usr/bin/env bash
# Write the commits of the kernel work tree (on top of its "base" tag) back to
# patches/ with git format-patch: 0000-cover-letter.patch, one file per
# commit, and a series file.  The cover letter's subject and text come from
# the branch description (tree.sh sets it from the existing cover letter;
# edit it with "git branch --edit-description" in the work tree).
#   scripts/export.sh <tree>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1")
out=${PATCHES:-$top/patches}
n=$(git -C "$tree" rev-list --count base..HEAD)
[ "$n" -gt 0 ] || { echo "export: no commits on top of base in $tree" >&2; exit 1; }
if [ -n "$(git -C "$tree" status --porcelain --untracked-files=no)" ]; then
	echo "export: $tree has uncommitted changes; commit them first" >&2
	exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git -C "$tree" -c core.abbrev=12 format-patch -q --zero-commit --no-signature --cover-letter \
	--cover-from-description=subject --subject-prefix=PATCH -o "$tmp" base..HEAD
# The cover letter's date is the time of export: pin it to the last commit's.
date=$(git -C "$tree" log -1 --format=%aD HEAD)
sed -i "s/^Date: .*/Date: $date/" "$tmp"/0000-*.patch
rm -f "$out"/*.patch
mv "$tmp"/*.patch "$out"/
(cd "$out" && ls [0-9]*.patch | grep -v '^0000-') > "$out/series"
echo "export: $n patches + cover letter in patches/"
