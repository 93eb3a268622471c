#!/usr/bin/env bash
# Try the README's two commands as a new user on a fresh Debian 12 machine:
# a debootstrap minbase root with only git and make added, root, no git
# identity, an empty ccache.  It clones this project's committed HEAD, runs
# "make run" and then "make check" inside the root (a chroot), and prints the
# wall time of each, and a checksum of the root's /etc/apt before and after
# (the harness must not change it).  Needs root and debootstrap on the host;
# every kernel is built from cold (README.md gives the time measured).
#   scripts/fresh-machine.sh [<dir>]     (default build/fresh-machine)
# The chroot's console output goes to <dir>/run.log and <dir>/check.log.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
dir=$(realpath -m "${1:-$top/build/fresh-machine}")
root=$dir/root
mirror=${MIRROR:-http://deb.debian.org/debian}
[ "$(id -u)" = 0 ] || { echo "fresh-machine: run as root" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "fresh-machine: apt-get install debootstrap" >&2; exit 1; }

mounts=(proc sys dev dev/pts mnt/project)
cleanup() {
	for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
		mountpoint -q "$root/${mounts[i]}" && umount -l "$root/${mounts[i]}"
	done
	return 0
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
	echo "fresh-machine: debootstrap --variant=minbase bookworm $root"
	debootstrap --variant=minbase bookworm "$root" "$mirror" > "$dir.debootstrap.log" 2>&1 ||
		{ tail "$dir.debootstrap.log"; exit 1; }
fi
mkdir -p "$root/mnt/project"
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount --bind -o ro "$top" "$root/mnt/project"
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The sources of a Debian 12 installation (the installer adds updates and
# security; debootstrap only the release).
cat > "$root/etc/apt/sources.list" <<EOF
deb ${mirror%/debian}/debian bookworm main
deb ${mirror%/debian}/debian bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF

in_root() { chroot "$root" /usr/bin/env -i HOME=/root TERM=dumb \
	PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin bash -c "$1"; }

echo "fresh-machine: apt-get install git make (the only packages a user adds)"
in_root 'apt-get update -q >/dev/null && apt-get install -y -q git make >/dev/null'
in_root '! git config user.name && ! git config user.email && [ ! -d /root/.cache/ccache ]' ||
	{ echo "fresh-machine: the root is not fresh (git identity or ccache)" >&2; exit 1; }
in_root 'rm -rf /root/swiotlb64 && git clone -q /mnt/project /root/swiotlb64'
echo "fresh-machine: cloned $(git -C "$top" rev-parse --short HEAD) into $root/root/swiotlb64"

apt_sum() { in_root 'find /etc/apt -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16'; }
before=$(apt_sum)
echo "fresh-machine: /etc/apt of the root: $before"
for cmd in run check; do
	start=$(date +%s)
	echo "fresh-machine: make $cmd (log: $dir/$cmd.log)"
	rc=0
	in_root "cd /root/swiotlb64 && make $cmd" > "$dir/$cmd.log" 2>&1 || rc=$?
	secs=$(( $(date +%s) - start ))
	tail -3 "$dir/$cmd.log" | sed 's/^/    /'
	echo "fresh-machine: make $cmd: exit $rc in $((secs / 60)) min $((secs % 60)) s"
	[ $rc = 0 ] || exit 1
done
after=$(apt_sum)
echo "fresh-machine: /etc/apt of the root: $after after make run and make check ($([ "$before" = "$after" ] && echo unchanged || echo CHANGED))"
[ "$before" = "$after" ]
