#!/usr/bin/env bash
# Boot a guest kernel in QEMU (q35, or the machine of arches/$GUEST_ARCH)
# with the test initramfs and a fresh virtio disk that uses the DMA API
# (iommu_platform=on), keep the whole console in $LOGDIR/<name>.log (LOGDIR:
# the run's folder that scripts/check.sh makes, else build/logs) and tell by
# the exit status whether the guest passed (scripts/judge.sh; scripts/rerun.sh
# <log> boots the same again).
#   scripts/boot.sh <name> <bzImage> [kernel arguments...]
# Environment:
#   MEM (8G), SMP (2), DISK (320M, the size of the disk), QEMU_EXTRA (more
#   QEMU options), DRIVE_OPTS (more -drive options of the disk), SHOW=1 to
#   echo the console
#   ACCEL     tcg (default) or kvm
#   GUEST_ARCH  a file of arches/: x86_64 (default, q35), arm64 (virt),
#             ppc64le (pseries) or ppce500 (64-bit e5500); the others
#             than x86_64 boot with INITRD=scripts/initramfs-min.sh's
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
. "$top/scripts/base.sh"
name=${1:?usage: boot.sh <name> <kernel image> [args...]}; kernel=${2:?}; shift 2
logs=${LOGDIR:-$top/build/logs}; mkdir -p "$logs" "$top/build/disks"
log=$logs/$name.log
disk=$top/build/disks/$name.img
initrd=${INITRD:-$bdir/out/initramfs.cpio.gz}
timeout=${TIMEOUT:-120}
if [ ! -f "$kernel" ]; then
	echo "# no kernel $kernel" > "$log"
	echo "boot: $name: FAIL: no kernel $kernel (did its build fail? see the test's log)"
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
arch_conf "${GUEST_ARCH:-x86_64}"

# Where the base tracks the high-water mark of used slots only when asked
# (bases/<base>: hiwater=, "swiotlb=track_hiwater" on 7.3), which the tests
# read to see bouncing, ask for it in an argument of its own: the swiotlb=
# strings under test keep their meaning.
[ -n "${base_hiwater:-}" ] && set -- "$@" "$base_hiwater"
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
	args="console=$a_console $args"
	echo "boot: $name: ${GUEST_ARCH:-x86_64}, ${MEM:-8G}, timeout ${timeout}s, $args"
	boot=(-cpu "$a_cpu" -kernel "$kernel" -initrd "$initrd" -append "$args")
fi
# shellcheck disable=SC2154,SC2206
qemu=($a_qemu)
cmd=("${qemu[@]}" -accel "${ACCEL:-tcg}" -smp "${SMP:-2}" -m "${MEM:-8G}"
	-nographic -no-reboot "${boot[@]}"
	-drive "file=$disk,format=raw,if=none,id=d0,cache=unsafe${DRIVE_OPTS:+,$DRIVE_OPTS}"
	-device virtio-blk-pci,drive=d0,disable-legacy=on,iommu_platform=on
	-device pci-testdev ${QEMU_EXTRA:-})
# The log's header: the command (shell-quoted, for scripts/rerun.sh), the
# disk, and what scripts/judge.sh needs to judge the console again later.
{
	echo "# $(printf '%q ' "${cmd[@]}")"
	echo "# disk $disk ${DISK:-320M}"
	echo "# timeout $timeout"
	echo "# allow $(printf '%q' "${ALLOW:-}")"
	echo "# taint_ok ${TAINT_OK:-0}"
} > "$log"
start=$(date +%s)
if [ "${SHOW:-0}" = 1 ]; then
	timeout -k 10 "$timeout" "${cmd[@]}" < /dev/null 2>&1 | tee -a "$log"
	rc=${PIPESTATUS[0]}
else
	timeout -k 10 "$timeout" "${cmd[@]}" < /dev/null >> "$log" 2>&1
	rc=$?
fi
# (a newline first: a killed QEMU may leave its last line unfinished)
printf '\n# exit %s after %ss\n' "$rc" "$(( $(date +%s) - start ))" >> "$log"
perl -i "$top/scripts/console-unmix.pl" "$log"
"$top/scripts/judge.sh" "$log"
rc=$?
echo "# judged $rc" >> "$log"	# for scripts/recheck.sh
exit $rc
