#!/usr/bin/env bash
# Build the guest initramfs: Debian's static busybox, the guest scripts from
# guest/, and the static test programs (dio, and the upstream
# dma_map_benchmark from the kernel tree).
#   scripts/initramfs.sh <kernel tree> <output.cpio.gz>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1"); out=$(realpath -m "$2")
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,dev,proc,sys,guest}
cp /bin/busybox "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
cp "$top/guest/init" "$root/init"
cp "$top"/guest/*.sh "$root/guest/"
gcc -static -O2 -Wall -o "$root/bin/dio" "$top/guest/dio.c"
gcc -static -O2 -idirafter "$tree/include" -o "$root/bin/dma_map_benchmark" \
	"$tree/tools/testing/selftests/dma/dma_map_benchmark.c"
mkdir -p "$(dirname "$out")"
(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0 | gzip -9n) > "$out.tmp"
mv "$out.tmp" "$out"
echo "initramfs: $out ($(du -h "$out" | cut -f1))"
