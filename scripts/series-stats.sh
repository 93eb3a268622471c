#!/usr/bin/env bash
# Lines the series changes in kernel/dma/swiotlb.c, per patch and in all,
# and the size of the cover letter, for comparison with merged series of
# its kind (dynamic swiotlb, 2023: 675 lines; DMA_ATTR_CC_SHARED, 2026: 292).
#   scripts/series-stats.sh <work tree>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
tree=$(realpath "${1:?usage: series-stats.sh <work tree>}")
f=kernel/dma/swiotlb.c
printf '%-4s %6s %6s %6s  %s\n' patch added removed net subject
i=0
for c in $(git -C "$tree" rev-list --reverse base..HEAD); do
	i=$((i + 1))
	read -r a d _ < <(git -C "$tree" diff --numstat "$c^" "$c" -- "$f"; echo "0 0 -")
	printf '%-4s %6s %6s %6s  %s\n' "$i" "$a" "$d" $((a - d)) "$(git -C "$tree" log -1 --format=%s "$c")"
done
read -r a d _ < <(git -C "$tree" diff --numstat base HEAD -- "$f"; echo "0 0 -")
printf '%-4s %6s %6s %6s  %s\n' all "$a" "$d" $((a - d)) "$f: $(git -C "$tree" show base:$f | wc -l) -> $(wc -l < "$tree/$f") lines"
echo "cover letter: $(wc -l < "$patches/0000-cover-letter.patch") lines"
