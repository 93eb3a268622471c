#!/usr/bin/env bash
# Apply the series of the base (bases/$BASE: patches/ for 6.12) to a kernel tree with git am (no fuzz, no
# whitespace errors), and make the cover letter's subject and text the
# branch description, from which export.sh writes it back.
#   scripts/apply.sh <tree>
# Fails when patches/series is missing or empty, or a patch does not apply
# (the tree is then left at the commit before it, with no am in progress).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
dir=$1
[ -f "$patches/series" ] || { echo "apply: no $patches/series" >&2; exit 1; }
mapfile -t series < <(grep -v '^#' "$patches/series" | grep . || true)
[ ${#series[@]} -gt 0 ] || { echo "apply: patches/series lists no patch" >&2; exit 1; }
echo "apply: ${#series[@]} patches"
if ! git -C "$dir" am -q --committer-date-is-author-date --whitespace=error-all \
	"${series[@]/#/$patches/}"; then
	git -C "$dir" am --abort 2>/dev/null || true
	echo "apply: the series does not apply to $dir" >&2
	exit 1
fi
cover=$(ls "$patches"/0000-*.patch 2>/dev/null | head -1 || true)
[ -n "$cover" ] || exit 0
# The cover letter's text ends where format-patch's shortlog begins: a line
# "<author> (<count>):" for an author of the series (not the runner's name).
authors=$(git -C "$dir" log --format=%an "$(git -C "$dir" rev-list -n "${#series[@]}" HEAD | tail -1)^..HEAD" | sort -u)
desc=$(awk -v authors="$authors" '
	BEGIN { n = split(authors, a, "\n"); for (i = 1; i <= n; i++) author[a[i]] = 1 }
	!body && /^Subject: / { sub(/^Subject: \[[^]]*\] /, ""); subj = $0; insubj = 1; next }
	!body && insubj && /^ / { subj = subj $0; next }
	!body && /^$/ { body = 1; print subj; print; next }
	!body { insubj = 0 }
	body && /\([0-9]+\):$/ { name = $0; sub(/ \([0-9]+\):$/, "", name); if (name in author) exit }
	body { print }' "$cover")
git -C "$dir" config "branch.$(git -C "$dir" symbolic-ref --short HEAD).description" "$desc"
version=$(sed -n 's/^Subject: \[PATCH v\([0-9]*\) .*/\1/p' "$cover")
if [ -n "$version" ]; then
	git -C "$dir" config swiotlb64.version "$version"
else
	git -C "$dir" config --unset swiotlb64.version || true
fi
