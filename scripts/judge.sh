#!/usr/bin/env bash
# Judge one boot from its console log, as scripts/boot.sh wrote it: the
# header says what the boot allowed (ALLOW, TAINT_OK) and the last line how
# QEMU ended.  Used by boot.sh after each boot and by scripts/recheck.sh on
# saved logs, so that both judge the same way.
#   scripts/judge.sh <console log>
# Exit: 0 the guest said "guest: result pass", its taint is within TAINT_OK
# and the console shows no badness (scripts/badness.sh); 1 it failed; 2 it
# hit its time limit.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
log=${1:?usage: judge.sh <console log>}
name=$(basename "$log" .log)
hdr() { sed -n "s/^# $1 //p" "$log" | head -1; }
eval "allow=$(hdr allow)"
taint_ok=$(hdr taint_ok); timeout=$(hdr timeout)
read -r rc _ secs < <(sed -n 's/^# exit //p' "$log" | tail -1) || true
say() { echo "boot: $name: $* in ${secs:-?} (console: $log)"; }

# Badness first: it is reported whatever else went wrong.
bad=0
ALLOW=${allow:-} "$top/scripts/badness.sh" "$log" || bad=1
[ -n "${rc:-}" ] || { say "FAIL: the log has no exit line (QEMU killed?)"; exit 1; }
if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then
	say "TIMEOUT after ${timeout}s"
	exit 2
fi
grep -q '^guest: alive' "$log" || { say "FAIL: no sign of life"; exit 1; }
[ $bad = 0 ] || { say "FAIL: console shows badness"; exit 1; }
grep -q '^guest: result pass' "$log" || { say "FAIL: guest did not pass"; exit 1; }
taint=$(sed -n 's/^guest: tainted \([0-9]*\).*/\1/p' "$log" | tail -1)
[ -n "$taint" ] || { say "FAIL: guest did not report its taint"; exit 1; }
if (( taint & ~${taint_ok:-0} )); then
	say "FAIL: kernel tainted $taint (accepted: ${taint_ok:-0})"
	exit 1
fi
say "guest passed"
exit 0
