#!/usr/bin/env bash
# Write Debian's Xen hypervisor (xen-hypervisor-4.17-amd64, installed by
# scripts/deps.sh) uncompressed to <out>: QEMU's multiboot loader takes an
# ELF, not the gzip that /boot holds.
#   scripts/xen.sh <out>
set -euo pipefail
src=/boot/xen-4.17-amd64.gz
[ -f "$src" ] || { echo "xen: no $src (apt-get install xen-hypervisor-4.17-amd64)" >&2; exit 1; }
mkdir -p "$(dirname "$1")"
zcat "$src" > "$1.tmp"
mv "$1.tmp" "$1"
echo "xen: $1 from $src"
