#!/usr/bin/env bash
# Install the Debian packages a step needs, only those missing, and say which
# and why.  The harness calls it where a thing is first needed.
#   scripts/deps.sh                     what make run and make check need
#   scripts/deps.sh "<why>" <package>...  these, for that reason
set -euo pipefail
if [ $# = 0 ]; then
	set -- "to build and boot the guest kernels" build-essential bc bison flex \
		libelf-dev libssl-dev cpio xz-utils kmod rsync ccache python3 \
		busybox-static qemu-system-x86 git perl
fi
[ $# != 1 ] || { echo "deps: usage: deps.sh [\"<why>\" <package>...]" >&2; exit 1; }
why=$1; shift
missing=()
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "deps: installing ${missing[*]} ($why)"
if [ "$(id -u)" != 0 ]; then
	echo "deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Lists younger than a day are recent enough; a fresh machine has none.
if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
	apt-get update -q >/dev/null
fi
apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
