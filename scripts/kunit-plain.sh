#!/usr/bin/env bash
# The series' KUnit suite under a plain kunit.py run, as the Kconfig help of
# CONFIG_SWIOTLB_KUNIT_TEST gives it (QEMU x86_64, one CPU, no kernel
# parameter), in a worktree of the work tree so that the tree stays clean.
# Fails unless every case ran and passed, none skipped.
#   scripts/kunit-plain.sh <work tree> <worktree dir>
set -euo pipefail
tree=$(realpath "$1"); dir=$(realpath -m "$2")
# Reuse the worktree (its .kunit build is incremental), unless the tree was
# re-created since.
if ! git -C "$dir" checkout -q --detach "$(git -C "$tree" rev-parse HEAD)" 2>/dev/null; then
	rm -rf "$dir"
	git -C "$tree" worktree prune
	git -C "$tree" worktree add -q --detach "$dir" HEAD
fi
cd "$dir"
echo "kunit-plain: $(git log -1 --format='%h %s')"
run=(python3 tools/testing/kunit/kunit.py run --arch=x86_64 --kunitconfig=kernel/dma)
# kunit.py asks QEMU for KVM first. The harness boots in TCG (ACCEL=kvm to
# differ, as scripts/boot.sh): this machine's nested KVM stops a 7.3
# kernel with "emulation failure" at a cmpxchg16b, and kunit.py then waits
# 300 s for output.  Hide /dev/kvm from it, so that QEMU falls back to TCG.
if [ "${ACCEL:-tcg}" != kvm ] && [ -e /dev/kvm ]; then
	run=(unshare -m sh -c 'mount --bind /dev/null /dev/kvm && exec "$@"' sh "${run[@]}")
fi
"${run[@]}" | tee .kunit-plain.log
grep -a '^# Totals:' .kunit/test.log
grep -aE '^ +# swiotlb_test_(select_global|mask_flip_race):' .kunit/test.log || true
grep -aqE '^# Totals: pass:[1-9][0-9]* fail:0 skip:0 ' .kunit/test.log ||
	{ echo "kunit-plain: FAIL: not every case passed, or some skipped"; exit 1; }
echo "kunit-plain: every case passed, none skipped"
