#!/usr/bin/env bash
# The initramfs of make bench for one kernel: the test initramfs
# (scripts/initramfs.sh) followed by a second archive, which the kernel
# unpacks over it, with /bench/swiotlb_bench.ko (bench/module/, built for
# that kernel) and Debian's fio with its libraries (/bench/fio, /bench/lib).
#   bench/initramfs.sh <kernel variant> <test initramfs> <output.cpio.gz>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
variant=$1 base=$(realpath "$2") out=$(realpath -m "$3")
kdir=$bdir/out/$variant
mod=$bdir/bench-module/$variant
rm -rf "$mod"; mkdir -p "$mod"
cp "$top"/bench/module/* "$mod/"
make -s -C "$kdir" M="$mod" modules
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bench/lib"
cp "$mod/swiotlb_bench.ko" /usr/bin/fio "$root/bench/"
ldd /usr/bin/fio | awk '/=> \// { print $3 } $1 ~ /^\/.*ld-linux/ { print $1 }' |
	xargs cp -L -t "$root/bench/lib"
(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0 | gzip -6n) > "$out.extra"
cat "$base" "$out.extra" > "$out.tmp"
rm -f "$out.extra"; mv "$out.tmp" "$out"
echo "bench: initramfs $out ($(du -h "$out" | cut -f1))"
