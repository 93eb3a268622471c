#!/usr/bin/env bash
# Apply the series in patches/ to a kernel tree with git am (no fuzz, no
# whitespace errors), and make the cover letter's subject and text the
# branch description, from which export.sh writes it back.
#   scripts/apply.sh <tree>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$1
mapfile -t series < <(grep -v '^#' "$top/patches/series" 2>/dev/null || true)
[ ${#series[@]} -gt 0 ] || exit 0
echo "apply: ${#series[@]} patches"
git -C "$dir" am -q --committer-date-is-author-date --whitespace=error-all \
	"${series[@]/#/$top/patches/}"
cover=$(ls "$top"/patches/0000-*.patch 2>/dev/null | head -1)
[ -n "$cover" ] || exit 0
author=$(git -C "$dir" config user.name)
desc=$(awk -v author="$author" '
	!body && /^Subject: / { sub(/^Subject: \[[^]]*\] /, ""); subj = $0; insubj = 1; next }
	!body && insubj && /^ / { subj = subj $0; next }
	!body && /^$/ { body = 1; print subj; print; next }
	!body { insubj = 0 }
	body && index($0, author " (") == 1 && /\([0-9]+\):$/ { exit }
	body { print }' "$cover")
git -C "$dir" config "branch.$(git -C "$dir" symbolic-ref --short HEAD).description" "$desc"
