#!/usr/bin/env bash
# The data checks catch a write that never reached the disk.  With one fixed
# seed (as before), data left on a disk by an earlier run reads back as if it
# had just been written; with the new seed each boot gets, it does not.  Runs
# guest/dio.c on the host, on a file, with O_DIRECT.  (scripts/boot.sh gives
# each boot a new seed and a new, empty disk.)
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d "$top/build/dio.XXXX"); trap 'rm -rf "$tmp"' EXIT
gcc -O2 -Wall -o "$tmp/dio" "$top/guest/dio.c" || fail "build dio"
truncate -s 16M "$tmp/disk"
"$tmp/dio" "$tmp/disk" 8 1024 0x1111 w || fail "write with seed 0x1111"
expect "a read-only run with the earlier seed passes: a lost write would go unseen" \
	"$tmp/dio" "$tmp/disk" 8 1024 0x1111 r
expect "a read-only run with a new seed fails: the lost write is caught" \
	eval '! "$tmp/dio" "$tmp/disk" 8 1024 0x2222 r'
expect "a run that writes with the new seed passes" "$tmp/dio" "$tmp/disk" 8 1024 0x2222
pass
