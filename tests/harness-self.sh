#!/usr/bin/env bash
# The harness's own checks can fail:
# - scripts/badness.sh finds every kind of badness it lists, honours ALLOW,
#   and fails on a missing log;
# - scripts/check.sh fails a test that exits 0 without "result: pass" last,
#   and one that runs past its time limit;
# - scripts/boot.sh fails a guest that taints its kernel, and gives a boot
#   that runs past its time limit exit status 2;
# - same_series (tests/lib.sh) tells a changed patch from changed context;
# - console-unmix.pl gives a kernel message printed inside a guest line its own line.
. "$(dirname "$0")/lib.sh"
tmp=$(mktemp -d "$top/build/harness-self.XXXX"); trap 'rm -rf "$tmp"' EXIT
for line in 'BUG: kernel NULL pointer dereference' 'WARNING: CPU: 0 PID: 1 at x' \
	'INFO: task kworker/0:1:12 blocked for more than 120 seconds.' \
	'rcu: INFO: rcu_sched self-detected stall on CPU' 'rcu: INFO: rcu_preempt detected stalls on CPUs/tasks:' \
	'rcu: rcu_sched kthread starved for 2500 jiffies!' 'Watchdog detected hard LOCKUP on cpu 1' \
	'watchdog: BUG: soft lockup - CPU#0 stuck for 22s!' 'BUG kmalloc-64 (Not tainted): Redzone overwritten' \
	'DMA-API: virtio-pci 0000:00:02.0: device driver failed to check map error' \
	'I/O error, dev vda, sector 0 op 0x1:(WRITE)' \
	'virtio-pci 0000:00:02.0: swiotlb buffer is full (sz: 4096 bytes), total 32768 (slots), used 32768 (slots)' \
	'KCSAN: data-race in swiotlb_map' 'unreferenced object 0xffff888004a1c000 (size 64):'; do
	printf '[    1.0] ok\n[    2.0] %s\n' "$line" > "$tmp/log"
	expect "badness: $line" eval '! "$top/scripts/badness.sh" "$tmp/log" > /dev/null'
done
printf '[    2.0] swiotlb buffer is full (sz: 1)\n' > "$tmp/log"
expect "ALLOW lets an expected line through" env ALLOW='swiotlb buffer is full' "$top/scripts/badness.sh" "$tmp/log"
expect "a missing log is badness" eval '! "$top/scripts/badness.sh" "$tmp/none" > /dev/null'

cat > "$tmp/list" <<'LIST'
selftest-good      10  -  -  echo "result: pass"
selftest-noresult  10  -  -  true
selftest-slow       2  -  -  sleep 30; echo "result: pass"
LIST
TESTS_LIST=$tmp/list "$top/scripts/check.sh" > "$tmp/check.out" 2>&1
cat "$tmp/check.out"
expect "check.sh: a test without a result line fails, a slow one times out" \
	test "$(tail -1 "$tmp/check.out")" = "1 passed, 2 failed"

# same_series on a source other than the pinned one: blind to index lines and
# hunk line numbers only.
mkdir "$tmp/a" "$tmp/b"
printf 'Subject: x\n---\nindex 1111111..2222222 100644\n@@ -10,6 +10,7 @@ f()\n+\tint slabs64;\n' > "$tmp/a/1.patch"
sed 's/1111111/3333333/; s/-10,6 +10,7/-12,6 +12,7/' "$tmp/a/1.patch" > "$tmp/b/1.patch"
expect "same_series ignores Debian's context (index, hunk lines)" eval 'base_version=other same_series "$tmp/a" "$tmp/b" > /dev/null'
sed -i 's/int slabs64/long slabs64/' "$tmp/b/1.patch"
expect "but not a changed line of the series" eval '! base_version=other same_series "$tmp/a" "$tmp/b" > /dev/null'

said=$(TIMEOUT=90 boot harness-taint swiotlb64 kunit.enable=0 guest.test=taint)
rc=$?
echo "$said"
expect "boot.sh fails a guest that taints its kernel" test $rc = 1
expect "and says why" grep -q 'kernel tainted 64' <<<"$said"
TIMEOUT=1 boot harness-timeout swiotlb64 kunit.enable=0 guest.test=io
expect "boot.sh gives a boot past its time limit exit status 2" test $? = 2
# A kernel message inside a guest's line goes to a line of its own.
printf 'guest: alive\nguest: counter a 0[    2.240847] input: mouse\n\n' > "$tmp/log"
expect "console-unmix.pl puts a guest line broken by a kernel message back together" \
	test "$(perl "$top/scripts/console-unmix.pl" "$tmp/log")" = "$(printf 'guest: alive\n[    2.240847] input: mouse\nguest: counter a 0')"
pass
