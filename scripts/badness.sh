#!/usr/bin/env bash
# Print the lines of a console log that show kernel badness; exit 1 if any
# (or if the log is missing).
#   scripts/badness.sh <console log>
# ALLOW (environment): an extended regex of lines the caller expects, for
# example 'swiotlb buffer is full' in a test that fills the pools.
log=${1:?usage: badness.sh <console log>}
[ -f "$log" ] || { echo "badness: no log $log"; exit 1; }
pat='BUG:|BUG kmalloc-|WARNING:|Oops|Kernel panic|general protection fault'
pat+='|UBSAN:|KASAN:|KCSAN:|DMA-API:|unreferenced object|stack-protector'
pat+='|possible recursive locking|possible circular locking|inconsistent lock state'
pat+='|suspicious RCU usage|Call Trace:|INFO: task '
pat+='|self-detected stall|detected stalls|rcu_.*kthread starved'
pat+='|hard LOCKUP|soft lockup'
pat+='|I/O error|swiotlb buffer is full'
# what debug kernels print about themselves at boot
benign='DMA-API: (preallocated [0-9]+ debug entries|debugging enabled by kernel config)'
lines=$(grep -aE "$pat" "$log" | grep -avE "$benign" | tr -d '\r')
[ -n "${ALLOW:-}" ] && lines=$(grep -vE "$ALLOW" <<<"$lines")
if [ -n "$lines" ]; then
	head -20 <<<"$lines" | sed 's/^/badness: /'
	exit 1
fi
exit 0
