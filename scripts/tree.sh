#!/usr/bin/env bash
# Create or refresh a kernel work tree: pristine 6.12 as the first commit
# (tag "base") of a git repository, then the series from patches/ applied
# with git am.
#   scripts/tree.sh <dir>               the patched work tree (build/linux)
#   scripts/tree.sh <dir> --stock       pristine 6.12 only (build/stock)
#   scripts/tree.sh <dir> --unexported  exit 1 if <dir> holds work that is
#                                       not in patches/ (for make clean)
#   scripts/tree.sh <dir> --stamp       record that <dir> matches patches/
#                                       (after make export)
# KSRC=/path/to/a/6.12/git/tree uses that tree's HEAD instead of Debian's
# linux-source-6.12 tarball.
#
# A stamp in <dir>/.git/swiotlb64-stamp records where the tree came from, a
# hash of patches/ and the HEAD that applying (or exporting) them gave.  When
# patches/ changed since (a git pull) or KSRC names another tree, the tree is
# re-created, unless it holds commits or changes not in patches/: then this
# says what to do and fails, and nothing is lost.
#
# No git identity is needed: when git has none, the tree gets one of its own,
# the author of the series.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tree.sh <dir> [--stock|--unexported]}
mode=${2:-}
tarball=${TARBALL:-/usr/src/linux-source-6.12.tar.xz}
stamp=$dir/.git/swiotlb64-stamp

# The hash of the series: the series file and every patch it lists.
patches_hash() {
	[ "$mode" = --stock ] && { echo stock; return; }
	(cd "$top/patches" && cat series $(grep -v '^#' series) 2>/dev/null) | sha256sum | cut -c1-16
}

# Where the source comes from, as recorded in the stamp.
source_id() {
	if [ -n "${KSRC:-}" ]; then
		echo "ksrc:$(git -C "$KSRC" rev-parse HEAD)"
	else
		echo "debian:$(dpkg-query -W -f='${Version}' linux-source-6.12)"
	fi
}

write_stamp() {
	echo "$1 $(patches_hash) $(git -C "$dir" rev-parse HEAD)" > "$stamp"
}

# unexported: print why the tree holds work that patches/ does not have.
unexported() {
	local src hash head
	[ -f "$stamp" ] || { echo "it has no stamp (made by an older harness)"; return 0; }
	read -r src hash head < "$stamp"
	if [ "$(git -C "$dir" rev-parse HEAD)" != "$head" ]; then
		echo "its HEAD has moved since the series was last applied or exported (commits not in patches/)"
		return 0
	fi
	if [ -n "$(git -C "$dir" status --porcelain --untracked-files=no)" ]; then
		echo "it has uncommitted changes"
		return 0
	fi
	return 1
}

# The identity of the work tree when git has none: the author of the series.
set_identity() {
	[ -n "$(git -C "$dir" config user.name)" ] && [ -n "$(git -C "$dir" config user.email)" ] && return 0
	local first name email
	first=$(grep -v '^#' "$top/patches/series" 2>/dev/null | head -1)
	name=$(git mailinfo /dev/null /dev/null < "$top/patches/$first" 2>/dev/null | sed -n 's/^Author: //p')
	email=$(git mailinfo /dev/null /dev/null < "$top/patches/$first" 2>/dev/null | sed -n 's/^Email: //p')
	git -C "$dir" config user.name "${name:-swiotlb64 harness}"
	git -C "$dir" config user.email "${email:-swiotlb64@localhost}"
	echo "tree: no git identity configured; the tree commits as $(git -C "$dir" config user.name)"
}

if [ "$mode" = --stamp ]; then
	read -r src _ < "$stamp" || src=unknown
	write_stamp "$src"
	exit 0
fi
if [ "$mode" = --unexported ]; then
	[ -d "$dir/.git" ] || exit 0
	why=$(unexported) || exit 0
	echo "$dir: $why"
	exit 1
fi

if [ -d "$dir/.git" ]; then
	src=; hash=; head=
	[ -f "$stamp" ] && read -r src hash head < "$stamp"
	want=$src
	[ -n "${KSRC:-}" ] && want=$(source_id)
	if [ -n "$src" ] && [ "$src" = "$want" ] && [ "$hash" = "$(patches_hash)" ]; then
		exit 0	# up to date
	fi
	if why=$(unexported); then
		cat >&2 <<-EOF
		tree: $dir is out of date (patches/ or the source changed since it
		tree: was made), but $why.
		tree: Keep your work first: "make export" writes it to patches/ (then
		tree: commit or merge patches/ by hand), or move $dir away.  To
		tree: throw it away: rm -rf $dir && make tree
		EOF
		exit 1
	fi
	if [ "$src" = "$want" ]; then
		echo "tree: patches/ changed since $dir was made: applying the series again"
		git -C "$dir" reset -q --hard base
		"$top/scripts/apply.sh" "$dir"
		write_stamp "$src"
		exit 0
	fi
	echo "tree: $dir came from ${src:-an unknown source}, not $want: re-creating it"
	rm -rf "$dir"
fi

mkdir -p "$(dirname "$dir")"
src=$(source_id)
if [ -n "${KSRC:-}" ]; then
	echo "tree: cloning $KSRC ($(git -C "$KSRC" describe --tags --always HEAD))"
	git -c advice.detachedHead=false clone -q "$KSRC" "$dir"
	git -C "$dir" checkout -q -B work HEAD
	git -C "$dir" tag -f base >/dev/null
	set_identity
else
	ver=${src#debian:}
	echo "tree: unpacking $tarball (linux-source-6.12 $ver)"
	mkdir -p "$dir"
	tar -xJf "$tarball" -C "$dir" --strip-components=1
	git -C "$dir" init -q -b work
	git -C "$dir" config core.autocrlf false
	set_identity
	git -C "$dir" add -A -f .
	GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z' \
	git -C "$dir" commit -q --no-verify \
		-m "Linux $(make -s -C "$dir" kernelversion) (Debian linux-source-6.12 $ver)"
	git -C "$dir" tag base
fi
[ "$mode" = --stock ] || "$top/scripts/apply.sh" "$dir"
write_stamp "$src"
