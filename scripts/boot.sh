#!/usr/bin/env bash
# Boot a guest kernel in QEMU (q35, TCG) with the test initramfs and a virtio
# disk that uses the DMA API (iommu_platform=on), keep the whole console in
# build/logs/<name>.log and tell by the exit status whether the guest passed.
#   scripts/boot.sh <name> <bzImage> [kernel arguments...]
# Environment: MEM (8G), SMP (2), TIMEOUT (seconds, 600), SHOW=1 to echo the
# console, QEMU_EXTRA (more QEMU options).
# Exit: 0 the guest said "guest: result pass" and the console shows no
# badness; 1 it failed; 2 it hit the timeout.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
name=${1:?usage: boot.sh <name> <bzImage> [args...]}; kernel=${2:?}; shift 2
logs=$top/build/logs; mkdir -p "$logs"
log=$logs/$name.log
disk=$top/build/disk.img
initrd=${INITRD:-$top/build/out/initramfs.cpio.gz}
[ -f "$disk" ] || truncate -s 320M "$disk"

args="console=ttyS0 panic=-1 oops=panic loglevel=7 $*"
echo "boot: $name: ${MEM:-8G}, $args"
cmd=(qemu-system-x86_64 -machine q35 -cpu max -smp "${SMP:-2}" -m "${MEM:-8G}"
	-nographic -no-reboot -kernel "$kernel" -initrd "$initrd" -append "$args"
	-drive "file=$disk,format=raw,if=none,id=d0,cache=unsafe"
	-device virtio-blk-pci,drive=d0,disable-legacy=on,iommu_platform=on
	-device pci-testdev ${QEMU_EXTRA:-})
{ echo "# ${cmd[*]}"; } > "$log"
start=$(date +%s)
if [ "${SHOW:-0}" = 1 ]; then
	timeout "${TIMEOUT:-600}" "${cmd[@]}" < /dev/null 2>&1 | tee -a "$log"
	rc=${PIPESTATUS[0]}
else
	timeout "${TIMEOUT:-600}" "${cmd[@]}" < /dev/null >> "$log" 2>&1
	rc=$?
fi
secs=$(( $(date +%s) - start ))
if [ "$rc" = 124 ]; then
	echo "boot: $name: TIMEOUT after ${TIMEOUT:-600}s (console: $log)"
	exit 2
fi
grep -q '^guest: alive' "$log" || { echo "boot: $name: FAIL: no sign of life in ${secs}s (console: $log)"; exit 1; }
if ! "$top/scripts/badness.sh" "$log"; then
	echo "boot: $name: FAIL: console shows badness (console: $log)"
	exit 1
fi
if grep -q '^guest: result pass' "$log"; then
	echo "boot: $name: guest passed in ${secs}s (console: $log)"
	exit 0
fi
echo "boot: $name: FAIL: guest did not pass in ${secs}s (console: $log)"
exit 1
