#!/usr/bin/env bash
# The demo behind "make run": boot the kernel with the given swiotlb= setting,
# write and read back <MiB> on the virtio disk with O_DIRECT, and show the
# kernel's swiotlb messages and every swiotlb debugfs counter before and after.
#   scripts/run.sh <bzImage> <swiotlb=...> [MiB] [guest memory]
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
kernel=$1 swiotlb=$2 mib=${3:-64}
MEM=${4:-8G} TIMEOUT=$((120 + mib)) "$top/scripts/boot.sh" run "$kernel" "$swiotlb" kunit.enable=0 guest.test=io guest.mib="$mib"
rc=$?
log=${LOGDIR:-$top/build/logs}/run.log
clean=$(tr -d '\r' < "$log")
echo
echo "== kernel messages (software IO TLB) =="
sed -n 's/^guest: dmesg //p' <<<"$clean"
echo
echo "== /sys/kernel/debug/swiotlb counters, before and after the I/O =="
awk '/^guest: counter before /{b[$4]=$5; order[n++]=$4}
     /^guest: counter after /{a[$4]=$5}
     END { printf "%-45s %12s %12s\n", "counter", "before", "after";
	   for (i = 0; i < n; i++) printf "%-45s %12s %12s\n", order[i], b[order[i]], a[order[i]] }' <<<"$clean"
echo
grep '^dio:' <<<"$clean" || echo "dio: no result (see $log)"
exit $rc
