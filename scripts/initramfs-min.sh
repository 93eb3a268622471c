#!/usr/bin/env bash
# Build the initramfs of the boots on other architectures: guest/mini-init.c
# as /init and guest/dio.c as /bin/dio, static, with the cross compiler
# cross compiler of arches/<arch> (Debian's gcc-<arch>-linux-gnu).  No
# busybox: Debian has no static busybox for a foreign architecture without
# multiarch.
#   scripts/initramfs-min.sh <arch> <output.cpio.gz>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
. "$top/scripts/base.sh"
arch_conf "${1:?usage: initramfs-min.sh <arch> <out>}"
# shellcheck disable=SC2154
"$top/scripts/deps.sh" "$1: to cross-build and boot it" $a_packages
cc=${a_cross}gcc; out=$(realpath -m "$2")
root=$(mktemp -d); trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,dev,proc,sys}
"$cc" -static -O2 -Wall -o "$root/init" "$top/guest/mini-init.c"
"$cc" -static -O2 -Wall -o "$root/bin/dio" "$top/guest/dio.c"
mkdir -p "$(dirname "$out")"
(cd "$root" && find . | sort | cpio -o -H newc --quiet -R 0:0 | gzip -9n) > "$out.tmp"
mv "$out.tmp" "$out"
echo "initramfs: $out ($(du -h "$out" | cut -f1), $1)"
