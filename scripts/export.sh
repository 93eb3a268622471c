#!/usr/bin/env bash
# Write the commits of the kernel work tree (on top of its "base" tag) back to
# the base's series folder (bases/$BASE: patches/ for 6.12) with git format-patch: 0000-cover-letter.patch, one file per
# commit, and a series file.  The cover letter's subject and text come from
# the branch description (tree.sh sets it from the existing cover letter;
# edit it with "git branch --edit-description" in the work tree).
#   scripts/export.sh <tree>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
tree=$(realpath "$1")
out=${PATCHES:-$patches}
[ -n "$out" ] || { echo "export: base $BASE has no series folder (bases/$BASE)" >&2; exit 1; }
n=$(git -C "$tree" rev-list --count base..HEAD)
[ "$n" -gt 0 ] || { echo "export: no commits on top of base in $tree" >&2; exit 1; }
if [ -n "$(git -C "$tree" status --porcelain --untracked-files=no)" ]; then
	echo "export: $tree has uncommitted changes; commit them first" >&2
	exit 1
fi
# Debian's source has a .gitignore that ignores every new file ("/*"): a
# file made for the series but never "git add -f"-ed is silently left out.
ignored=$(git -C "$tree" status --ignored --porcelain -- kernel include \
	Documentation tools/testing drivers arch lib mm | sed -n 's/^!! //p' | grep -v __pycache__ || true)
if [ -n "$ignored" ]; then
	echo "export: new files that git ignores (Debian's .gitignore ignores every new file):" >&2
	echo "$ignored" | sed 's/^/export:   /' >&2
	echo "export: add them with git add -f and commit, or delete them" >&2
	exit 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# The version of the series ("PATCH v2"), kept by apply.sh from the cover
# letter; bump it with: git config swiotlb64.version 3 (in the work tree).
version=$(git -C "$tree" config swiotlb64.version || true)
prefix="PATCH${version:+ v$version}"
git -C "$tree" -c core.abbrev=12 format-patch -q --zero-commit --no-signature --cover-letter \
	--cover-from-description=subject --subject-prefix="$prefix" -o "$tmp" base..HEAD
# The cover letter's sender and date are the runner's identity and the time
# of export: pin them to the last patch's author and date, so that the same
# commits always give the same bytes, whoever exports them.
last=$(ls "$tmp"/*.patch | tail -1)
awk -v last="$last" '
	BEGIN { while ((getline l < last) > 0) {
			if (l ~ /^(From|Date): /) take = 1; else if (l !~ /^ /) take = 0
			if (take) hdr = hdr l "\n"
			if (l ~ /^Date: /) break } }
	!done && /^From: / { printf "%s", hdr; skip = 1; done = 1; next }
	skip && (/^ / || /^Date: /) { next }
	{ skip = 0; print }' "$tmp"/0000-*.patch > "$tmp/cover" && mv "$tmp/cover" "$tmp"/0000-*.patch
rm -f "$out"/*.patch
mv "$tmp"/*.patch "$out"/
(cd "$out" && ls [0-9]*.patch | grep -v '^0000-') > "$out/series"
# The work tree now matches the series: say so in its stamp (scripts/tree.sh).
[ -n "${PATCHES:-}" ] || "$top/scripts/tree.sh" "$tree" --stamp
echo "export: $n patches + cover letter in $out"
