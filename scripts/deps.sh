#!/usr/bin/env bash
# Install the Debian 12 packages the harness needs (only those missing).
set -euo pipefail
pkgs=(linux-source-6.12 build-essential bc bison flex libelf-dev libssl-dev
	cpio xz-utils kmod rsync ccache python3 busybox-static qemu-system-x86
	git perl xen-hypervisor-4.17-amd64)
# "deps.sh arches": the cross compilers and QEMUs of make check-arches.
if [ "${1:-}" = arches ]; then
	pkgs=(gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-system-arm
		gcc-powerpc64le-linux-gnu libc6-dev-ppc64el-cross qemu-system-ppc
		gcc-powerpc64-linux-gnu libc6-dev-ppc64-cross)
fi
# "deps.sh bench": what make bench needs beyond make check (plots, fio).
if [ "${1:-}" = bench ]; then
	pkgs=(gnuplot-nox fio)
fi
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]}"
if [ "$(id -u)" != 0 ]; then
	echo "deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q >/dev/null
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
