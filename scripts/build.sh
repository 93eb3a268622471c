#!/usr/bin/env bash
# Configure and build a guest kernel out of tree, with ccache.
#   scripts/build.sh <tree> <variant> <fragment>...
# The config is `make tinyconfig` plus the fragments; the build fails if an
# option a fragment asks for did not survive olddefconfig.  The old kernel
# image is removed first, so that a failed build leaves none behind for the
# tests to boot by mistake.
# The objects go to <tree>/.out-<variant> (build/<base>/out/<variant> links there):
# kbuild then names sources relative to the tree, so that ccache shares
# objects between the stock and the patched trees and between variants.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
tree=$(realpath "$1"); variant=$2; shift 2
out=$tree/.out-$variant
mkdir -p "$bdir/out"
ln -sfn "$out" "$bdir/out/$variant"
arch=${ARCH:-x86_64}
image=$out/${KBUILD_IMAGE:-arch/x86/boot/bzImage}
mkdir -p "$out"
rm -f "$image"
export KBUILD_BUILD_TIMESTAMP='Thu Jan  1 00:00:00 UTC 2026'
export KBUILD_BUILD_USER=swiotlb64 KBUILD_BUILD_HOST=qemu
# ccache: the user's own settings and cache; only the base directory (so
# that objects are shared between trees) and sloppiness are ours.
export CCACHE_BASEDIR=$top/build
export CCACHE_SLOPPINESS=time_macros,include_file_mtime,include_file_ctime
cc="ccache ${CROSS_COMPILE:-}gcc"
mk() { make -s -C "$tree" O="$out" ARCH="$arch" CC="$cc" "$@"; }

"$top/scripts/fragments.sh" "$@" > "$out/fragment.config"
mk tinyconfig >/dev/null
"$tree/scripts/kconfig/merge_config.sh" -m -O "$out" "$out/.config" "$out/fragment.config" >/dev/null
mk olddefconfig >/dev/null
missing=0
while IFS= read -r line; do
	case $line in
	CONFIG_*=*) want=$line ;;
	"# CONFIG_"*" is not set") want=$line ;;
	*) continue ;;
	esac
	opt=${want#\# }; opt=${opt%%[= ]*}
	got=$(grep -E "^(# )?$opt[= ]" "$out/.config" || echo "# $opt is not set")
	if [ "$got" != "$want" ]; then
		echo "build: $opt: wanted '$want', got '$got'" >&2
		missing=1
	fi
done < "$out/fragment.config"
[ $missing = 0 ] || { echo "build: config fragment did not stick" >&2; exit 1; }
start=$(date +%s)
echo "build: $variant: make -j$(nproc) ($(grep -c . "$out/fragment.config") fragment lines)"
mk -j"$(nproc)" ${KBUILD_TARGET:-bzImage}
[ -f "$image" ] || { echo "build: $variant: no $image" >&2; exit 1; }
echo "build: $variant: $(make -s -C "$tree" kernelversion) built in $(( $(date +%s) - start ))s: $image"
