#!/usr/bin/env bash
# Build one kernel variant of configs/variants for the base in use: make its
# tree if needed, then scripts/build.sh with the fragments and the arch's
# compiler.  The kernel lands in build/<base>/out/<variant>/.
#   scripts/kernel.sh <variant>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
variant=${1:?usage: kernel.sh <variant> (see configs/variants)}
read -r _ tree arch extra frags < <(awk -v v="$variant" '!/^#/ && $1 == v' "$top/configs/variants") ||
	{ echo "kernel: no variant '$variant' in configs/variants" >&2; exit 1; }
arch_conf "$arch"
# shellcheck disable=SC2154
[ "$arch" = x86_64 ] || "$top/scripts/deps.sh" "$arch: to cross-build and boot it" $a_packages
src=${tree%-cc}
stock=; [ "$src" = stock ] && stock=--stock
"$top/scripts/tree.sh" "$bdir/$src" $stock
[ "$tree" = "$src" ] || "$top/scripts/cc-tree.sh" "$bdir/$src" "$bdir/$tree"
targets=$a_target; [ "$extra" = - ] || targets="$a_target $extra"
frag_files=("$top/configs/$a_fragment.config")
for f in $frags; do frag_files+=("$top/configs/$f.config"); done
ARCH=$a_arch CROSS_COMPILE=$a_cross KBUILD_IMAGE=$a_image KBUILD_TARGET=$targets \
	exec "$top/scripts/build.sh" "$bdir/$tree" "$variant" "${frag_files[@]}"
