#!/usr/bin/env bash
# Boot a guest kernel in QEMU (q35) with the test initramfs and a fresh virtio
# disk that uses the DMA API (iommu_platform=on), keep the whole console in
# build/logs/<name>.log and tell by the exit status whether the guest passed.
#   scripts/boot.sh <name> <bzImage> [kernel arguments...]
# Environment:
#   MEM (8G), SMP (2), DISK (320M, the size of the disk), QEMU_EXTRA (more
#   QEMU options), DRIVE_OPTS (more -drive options of the disk), SHOW=1 to
#   echo the console
#   ACCEL     tcg (default) or kvm
#   GUEST_ARCH  x86_64 (default, q35), arm64 (virt), ppc64le (pseries) or
#             ppce500 (64-bit e5500);
#             the other architectures boot with INITRD=scripts/initramfs-min.sh's
#   XEN       a Xen hypervisor (multiboot ELF): boot it, with the kernel as
#             its PV dom0 (console hvc0) and XEN_ARGS on Xen's command line
#   TIMEOUT   seconds (120); a boot that takes longer fails with exit status 2
#   ALLOW     extended regex of console lines this boot expects that are
#             otherwise badness (for example 'swiotlb buffer is full')
#   TAINT_OK  taint bits this boot accepts (0; a KUnit boot sets 262144, the
#             TAINT_TEST that running any KUnit test sets)
# Every boot gets a new, empty disk and a new random seed for the data the
# guest writes (guest.seed=, printed in the log), so that a write that never
# reached the disk cannot read back an earlier boot's data.
# Exit: 0 the guest said "guest: result pass", its taint is clean and the
# console shows no badness; 1 it failed; 2 it hit the timeout.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
name=${1:?usage: boot.sh <name> <bzImage> [args...]}; kernel=${2:?}; shift 2
logs=$top/build/logs; mkdir -p "$logs" "$top/build/disks"
log=$logs/$name.log
disk=$top/build/disks/$name.img
initrd=${INITRD:-$top/build/out/initramfs.cpio.gz}
timeout=${TIMEOUT:-120}
if [ ! -f "$kernel" ]; then
	echo "# no kernel $kernel" > "$log"
	echo "boot: $name: FAIL: no kernel $kernel (did its build fail? see build/logs/tests/)"
	exit 1
fi
if [ ! -f "$initrd" ]; then
	echo "# no initramfs $initrd" > "$log"
	echo "boot: $name: FAIL: no initramfs $initrd (make initramfs)"
	exit 1
fi
rm -f "$disk"; truncate -s "${DISK:-320M}" "$disk"
trap 'rm -f "$disk"' EXIT
seed=0x$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')

args="panic=-1 oops=panic loglevel=7 guest.seed=$seed $*"
if [ -n "${XEN:-}" ]; then
	# Multiboot modules: "<file> <args>" separated by commas, so a comma in
	# dom0's arguments is written twice.  With -cpu max the PV dom0 faults
	# in __static_call_update_early; Xen's CI uses qemu64 under TCG too.
	args="console=hvc0 $args"
	echo "boot: $name: Xen ${XEN_ARGS:-}, ${MEM:-8G}, timeout ${timeout}s, dom0: $args"
	boot=(-cpu qemu64 -kernel "$XEN" -append "console=com1 com1=115200,8n1 ${XEN_ARGS:-}"
		-initrd "$kernel ${args//,/,,},$initrd")
else
	case ${GUEST_ARCH:-x86_64} in
	arm64) args="console=ttyAMA0 $args"; cpu=max ;;
	ppc64le) args="console=hvc0 $args"; cpu=power9 ;;
	ppce500) args="console=ttyS0 $args"; cpu=e5500 ;;
	*) args="console=ttyS0 $args"; cpu=max ;;
	esac
	echo "boot: $name: ${GUEST_ARCH:-x86_64}, ${MEM:-8G}, timeout ${timeout}s, $args"
	boot=(-cpu $cpu -kernel "$kernel" -initrd "$initrd" -append "$args")
fi
case ${GUEST_ARCH:-x86_64} in
arm64) qemu=(qemu-system-aarch64 -machine virt) ;;
ppc64le) qemu=(qemu-system-ppc64 -machine pseries,cap-cfpc=broken,cap-sbbc=broken,cap-ibs=broken,cap-ccf-assist=off) ;;
ppce500) qemu=(qemu-system-ppc64 -machine ppce500) ;;
*) qemu=(qemu-system-x86_64 -machine q35) ;;
esac
cmd=("${qemu[@]}" -accel "${ACCEL:-tcg}" -smp "${SMP:-2}" -m "${MEM:-8G}"
	-nographic -no-reboot "${boot[@]}"
	-drive "file=$disk,format=raw,if=none,id=d0,cache=unsafe${DRIVE_OPTS:+,$DRIVE_OPTS}"
	-device virtio-blk-pci,drive=d0,disable-legacy=on,iommu_platform=on
	-device pci-testdev ${QEMU_EXTRA:-})
{ echo "# ${cmd[*]}"; } > "$log"
start=$(date +%s)
if [ "${SHOW:-0}" = 1 ]; then
	timeout -k 10 "$timeout" "${cmd[@]}" < /dev/null 2>&1 | tee -a "$log"
	rc=${PIPESTATUS[0]}
else
	timeout -k 10 "$timeout" "${cmd[@]}" < /dev/null >> "$log" 2>&1
	rc=$?
fi
secs=$(( $(date +%s) - start ))
say() { echo "boot: $name: $* in ${secs}s (console: $log)"; }

# Badness first: it is reported whatever else went wrong.
bad=0
ALLOW=${ALLOW:-} "$top/scripts/badness.sh" "$log" || bad=1
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
	say "TIMEOUT after ${timeout}s"
	exit 2
fi
grep -q '^guest: alive' "$log" || { say "FAIL: no sign of life"; exit 1; }
[ $bad = 0 ] || { say "FAIL: console shows badness"; exit 1; }
grep -q '^guest: result pass' "$log" || { say "FAIL: guest did not pass"; exit 1; }
taint=$(sed -n 's/^guest: tainted \([0-9]*\).*/\1/p' "$log" | tail -1)
[ -n "$taint" ] || { say "FAIL: guest did not report its taint"; exit 1; }
if (( taint & ~${TAINT_OK:-0} )); then
	say "FAIL: kernel tainted $taint (accepted: ${TAINT_OK:-0})"
	exit 1
fi
say "guest passed"
exit 0
