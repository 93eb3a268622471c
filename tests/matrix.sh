#!/usr/bin/env bash
# Configuration matrix (make check-matrix): the series and the stock base, each
# configured as tinyconfig + configs/x86_64.config + the given fragments,
# compile the code the series touches (kernel/dma/, arch/x86/kernel/pci-dma.o,
# and drivers/xen/swiotlb-xen.o where CONFIG_SWIOTLB_XEN=y) with W=1 and
# sparse (C=2, every file checked); the series must add no warning.  Warnings
# are compared with line and column numbers removed.  Objects go to
# <tree>/.out-matrix-<name>.  With ARCH=i386 the configuration is tinyconfig
# + the fragments only (a 32-bit x86 kernel, where CONFIG_SWIOTLB can be off).
#   [ARCH=i386] tests/matrix.sh <name> [fragment...]
. "$(dirname "$0")/lib.sh"
name=${1:?name}; shift
arch=${ARCH:-x86_64}
if [ "$arch" = x86_64 ]; then frags=("$top/configs/x86_64.config" "$@"); else frags=("$@"); fi
"$top/scripts/deps.sh" "for check-matrix" sparse
command -v sparse >/dev/null || fail "no sparse (apt-get install sparse)"
# warnings <tree>: configure, prepare and compile; print the normalized warnings.
warnings() {
	local tree=$1 o=$1/.out-matrix-$name f
	local mk=(make -s -C "$tree" O="$o" ARCH="$arch" CC="ccache gcc" -j2)
	mkdir -p "$o"
	"${mk[@]}" tinyconfig >/dev/null
	"$top/scripts/fragments.sh" "${frags[@]}" > "$o/fragment.config"
	"$tree/scripts/kconfig/merge_config.sh" -m -O "$o" "$o/.config" "$o/fragment.config" >/dev/null 2>&1
	"${mk[@]}" olddefconfig >/dev/null
	while read -r f; do
		case $f in
		'# '*) f=${f#\# }; ! grep -q "^${f%% *}=" "$o/.config" ;;
		*) grep -qx "$f" "$o/.config" ;;
		esac || { echo "MISSING $f"; return; }
	done < "$o/fragment.config"
	"${mk[@]}" prepare >/dev/null 2>&1 || { echo "PREPARE FAILED"; return; }
	local targets=(kernel/dma/ arch/x86/kernel/pci-dma.o)
	grep -q '^CONFIG_SWIOTLB_XEN=y' "$o/.config" && targets+=(drivers/xen/swiotlb-xen.o)
	"${mk[@]}" W=1 C=2 "${targets[@]}" > "$o/matrix.log" 2>&1 || echo "BUILD FAILED (see $o/matrix.log)"
	grep -E 'warning:|error:' "$o/matrix.log" | sed -E 's/:[0-9]+:[0-9]+:/:/; s/:[0-9]+:/:/' | sort -u
}
echo "matrix $name: $arch, ${frags[*]##*/}"
warnings "$bdir/stock" > "$logs/matrix-$name.stock"
warnings "$bdir/linux" > "$logs/matrix-$name.series"
echo "stock $BASE: $(wc -l < "$logs/matrix-$name.stock") warnings; series: $(wc -l < "$logs/matrix-$name.series")"
for s in stock series; do
	expect "$s configured and built" eval "! grep -qE '^(MISSING|PREPARE FAILED|BUILD FAILED)' '$logs/matrix-$name.$s'"
done
new=$(comm -13 "$logs/matrix-$name.stock" "$logs/matrix-$name.series")
[ -z "$new" ] || echo "$new" | sed 's/^/new: /'
expect "no new warning (W=1, sparse)" test -z "$new"
pass
