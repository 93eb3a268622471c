#!/usr/bin/env bash
# Build the guest initramfs: Debian's static busybox, the guest scripts from
# guest/, and the static test programs (dio, and the upstream
# dma_map_benchmark from the kernel tree), and the series' selftest
# (/selftests/dma/swiotlb64.sh, laid out as kselftest installs it) if the
# tree has it.
#   scripts/initramfs.sh <kernel tree> <output.cpio.gz>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1"); out=$(realpath -m "$2")
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,dev,proc,sys,guest,tmp}
cp /bin/busybox "$root/bin/busybox"
ln -s busybox "$root/bin/sh"
cp "$top/guest/init" "$root/init"
cp "$top"/guest/*.sh "$root/guest/"
chmod +x "$root"/guest/*.sh
gcc -static -O2 -Wall -o "$root/bin/dio" "$top/guest/dio.c"
gcc -static -O2 -Wall -o "$root/bin/xen-heap" "$top/guest/xen-heap.c"
# tools/dma/ since 2026 (7.3), tools/testing/selftests/dma/ before
for bench in "$tree"/tools/dma/dma_map_benchmark.c "$tree"/tools/testing/selftests/dma/dma_map_benchmark.c; do
	[ -f "$bench" ] && break
done
gcc -static -O2 -idirafter "$tree/include" -idirafter "$tree/include/uapi" -o "$root/bin/dma_map_benchmark" "$bench"
st=$tree/tools/testing/selftests
if [ -f "$st/dma/swiotlb64.sh" ]; then
	mkdir -p "$root/selftests/dma" "$root/selftests/kselftest"
	cp "$st/dma/swiotlb64.sh" "$root/selftests/dma/"
	cp "$st/kselftest/ktap_helpers.sh" "$root/selftests/kselftest/"
	ln -s /bin/dma_map_benchmark "$root/selftests/dma/dma_map_benchmark"
fi
mkdir -p "$(dirname "$out")"
(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0 | gzip -9n) > "$out.tmp"
mv "$out.tmp" "$out"
echo "initramfs: $out ($(du -h "$out" | cut -f1))"
