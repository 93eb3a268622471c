#!/usr/bin/env bash
# Debian's Xen hypervisor (xen-hypervisor-4.17-amd64) for the PV dom0 boots,
# downloaded with apt-get download and unpacked, never installed (an
# installed hypervisor would land in the host's /boot and boot menu), and
# written uncompressed to <out>: QEMU's multiboot loader takes an ELF.
#   scripts/xen.sh <out>
set -euo pipefail
out=$(realpath -m "$1"); pkg=xen-hypervisor-4.17-amd64
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
echo "xen: downloading $pkg (for the Xen dom0 tests; not installed)"
(cd "$tmp" && apt-get download -q "$pkg" >/dev/null 2>&1) || {
	[ "$(id -u)" = 0 ] && apt-get update -q >/dev/null && (cd "$tmp" && apt-get download -q "$pkg" >/dev/null)
} || { echo "xen: apt-get download $pkg failed" >&2; exit 1; }
dpkg-deb -x "$tmp"/${pkg}_*.deb "$tmp/root"
mkdir -p "$(dirname "$out")"
zcat "$tmp/root/boot/xen-4.17-amd64.gz" > "$out.tmp"
mv "$out.tmp" "$out"
echo "xen: $out from $(basename "$tmp"/${pkg}_*.deb)"
