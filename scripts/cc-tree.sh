#!/usr/bin/env bash
# A worktree of a kernel tree at its HEAD, plus tests/cc-guest/fake-cc-guest.patch:
# a test-only change that makes the kernel take the two paths of an SEV or
# TDX guest that size and force its bounce buffers (mem_encrypt_setup_arch(),
# pci_swiotlb_detect()) on QEMU, which cannot run such a guest.  Only for
# the tests of tests/cc-guest/; nothing else is built from it.
#   scripts/cc-tree.sh <tree> <dir>
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
tree=$(realpath "$1"); dir=$(realpath -m "$2")
"$top/scripts/worktree.sh" "$tree" "$dir"
git -C "$dir" checkout -q -f --detach "$(git -C "$tree" rev-parse HEAD)"
# the base's own version of the change where it needs one (7.3: no SWIOTLB_FORCE)
fake=$top/tests/cc-guest/fake-cc-guest-${BASE:-}.patch
[ -f "$fake" ] || fake=$top/tests/cc-guest/fake-cc-guest.patch
git -C "$dir" apply "$fake"
echo "cc-tree: $dir: $(git -C "$tree" log --oneline -1 HEAD) + $(basename "$fake")"
