#!/usr/bin/env bash
# Create the kernel work tree: pristine 6.12 source as the first commit of a git
# repository, then the series from patches/ applied with git am.
#   scripts/tree.sh <dir> [--stock]
# KSRC=/path/to/6.12/git/tree uses a user's own tree (its HEAD) instead of
# Debian's linux-source-6.12.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:?usage: tree.sh <dir> [--stock]}
stock=${2:-}
tarball=${TARBALL:-/usr/src/linux-source-6.12.tar.xz}

if [ -d "$dir/.git" ]; then
	echo "tree: $dir exists; remove it to re-create" >&2
	exit 0
fi
mkdir -p "$(dirname "$dir")"
if [ -n "${KSRC:-}" ]; then
	echo "tree: cloning $KSRC ($(git -C "$KSRC" describe --tags --always HEAD))"
	git clone -q --no-hardlinks "$KSRC" "$dir"
	git -C "$dir" checkout -q -B work HEAD
	git -C "$dir" tag -f base >/dev/null
else
	ver=$(dpkg-query -W -f='${Version}' linux-source-6.12)
	echo "tree: unpacking $tarball (linux-source-6.12 $ver)"
	mkdir -p "$dir"
	tar -xJf "$tarball" -C "$dir" --strip-components=1
	cd "$dir"
	git init -q -b work
	git config user.name "$(git -C "$top" config user.name)"
	git config user.email "$(git -C "$top" config user.email)"
	git config core.autocrlf false
	git add -A -f .
	GIT_AUTHOR_DATE='2026-01-01T00:00:00Z' GIT_COMMITTER_DATE='2026-01-01T00:00:00Z' \
	git commit -q --no-verify -m "Linux $(make -s kernelversion) (Debian linux-source-6.12 $ver)"
	git tag base
	cd - >/dev/null
fi
git -C "$dir" config user.name "$(git -C "$top" config user.name)"
git -C "$dir" config user.email "$(git -C "$top" config user.email)"
[ "$stock" = --stock ] && exit 0
"$top/scripts/apply.sh" "$dir"
