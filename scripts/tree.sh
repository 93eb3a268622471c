#!/usr/bin/env bash
# Create or refresh a kernel work tree: the pristine base kernel (bases/$BASE)
# as the first commit (tag "base") of a git repository, then the base's
# series applied with git am.
#   scripts/tree.sh <dir>               the patched work tree (build/<base>/linux)
#   scripts/tree.sh <dir> --stock       the pristine base only (build/<base>/stock)
#   scripts/tree.sh <dir> --unexported  exit 1 if <dir> holds work that is
#                                       not in the series (for make clean)
#   scripts/tree.sh <dir> --stamp       record that <dir> matches the series
#                                       (after make export)
# The source is Debian's package of the base (scripts/source.sh fetches it);
# KSRC=/path/to/a/git/tree uses that tree's HEAD instead.
#
# A stamp in <dir>/.git/swiotlb64-stamp records where the tree came from, a
# hash of the series and the HEAD that applying (or exporting) it gave.  When
# the series changed since (a git pull) or the source is another, the tree is
# re-created, unless it holds commits or changes not in the series: then this
# says what to do and fails, and nothing is lost.
#
# No git identity is needed: when git has none, the tree gets one of its own,
# the author of the series.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
dir=${1:?usage: tree.sh <dir> [--stock|--unexported|--stamp]}
mode=${2:-}
if [ -z "$mode" ] && [ -z "$patches" ]; then
	echo "tree: base $BASE has no series yet (bases/$BASE): only its stock kernel (make check-stock BASE=$BASE)" >&2
	exit 1
fi
stamp=$dir/.git/swiotlb64-stamp
# Debian's source of the base: its tarball and version (scripts/source.sh),
# fetched when first needed.
src_tarball= src_version=
debian_source() {
	[ -n "$src_version" ] && return
	read -r src_tarball src_version < <("$top/scripts/source.sh" | tail -1)
	[ -n "$src_version" ] || exit 1
}

# The hash of the series: the series file and every patch it lists.
patches_hash() {
	[ "$mode" = --stock ] && { echo stock; return; }
	(cd "$patches" && cat series $(grep -v '^#' series) 2>/dev/null) | sha256sum | cut -c1-16
}

# Where the source comes from, as recorded in the stamp (debian_source first).
source_id() {
	if [ -n "${KSRC:-}" ]; then
		echo "ksrc:$(git -C "$KSRC" rev-parse HEAD)"
	else
		echo "debian:$base_package=$src_version"
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
		echo "its HEAD has moved since the series was last applied or exported (commits not in $base_patches/)"
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
	first=
	[ -n "$patches" ] && [ -f "$patches/series" ] && first=$(grep -v '^#' "$patches/series" | head -1)
	name=$(git mailinfo /dev/null /dev/null < "$patches/$first" 2>/dev/null | sed -n 's/^Author: //p')
	email=$(git mailinfo /dev/null /dev/null < "$patches/$first" 2>/dev/null | sed -n 's/^Email: //p')
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
	# A tree made from KSRC stays so until KSRC names another tree.
	want=$src
	if [ -n "${KSRC:-}" ] || [ "${src%%:*}" = debian ]; then
		[ -n "${KSRC:-}" ] || debian_source
		want=$(source_id)
	fi
	if [ -n "$src" ] && [ "$src" = "$want" ] && [ "$hash" = "$(patches_hash)" ]; then
		exit 0	# up to date
	fi
	if why=$(unexported); then
		cat >&2 <<-EOF
		tree: $dir is out of date (the series or the source changed since it
		tree: was made), but $why.
		tree: Keep your work first: "make export" writes it to $base_patches/ (then
		tree: commit or merge $base_patches/ by hand), or move $dir away.  To
		tree: throw it away: rm -rf $dir && make tree
		EOF
		exit 1
	fi
	if [ "$src" = "$want" ]; then
		echo "tree: $base_patches/ changed since $dir was made: applying the series again"
		git -C "$dir" reset -q --hard base
		"$top/scripts/apply.sh" "$dir"
		write_stamp "$src"
		exit 0
	fi
	echo "tree: $dir came from ${src:-an unknown source}, not $want: re-creating it"
	rm -rf "$dir"
fi

mkdir -p "$(dirname "$dir")"
[ -n "${KSRC:-}" ] || debian_source
src=$(source_id)
if [ -n "${KSRC:-}" ]; then
	echo "tree: cloning $KSRC ($(git -C "$KSRC" describe --tags --always HEAD))"
	git -c advice.detachedHead=false clone -q "$KSRC" "$dir"
	git -C "$dir" checkout -q -B work HEAD
	git -C "$dir" tag -f base >/dev/null
	set_identity
else
	ver=$src_version
	echo "tree: unpacking $base_package $ver into $dir"
	mkdir -p "$dir"
	tar -xJf "$src_tarball" -C "$dir" --strip-components=1
	git -C "$dir" init -q -b work
	git -C "$dir" config core.autocrlf false
	git -C "$dir" config gc.auto 0	# no repack of 1.2 GB behind a build
	set_identity
	git -C "$dir" add -A -f .
	GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z' \
	git -C "$dir" commit -q --no-verify \
		-m "Linux $(make -s -C "$dir" kernelversion) (Debian $base_package $ver)"
	git -C "$dir" tag base
fi
[ "$mode" = --stock ] || "$top/scripts/apply.sh" "$dir"
write_stamp "$src"
