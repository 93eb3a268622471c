#!/usr/bin/env bash
# Judge the consoles of a saved run again without booting (scripts/judge.sh:
# badness, taint, result, time limit), for example after a change to
# scripts/badness.sh, and compare with the verdict of the time ("# judged"
# in the log; some boots are meant to fail, as harness-self's).  Prints one
# line per boot and ends with "N as before, N changed"; fails if any changed.
#   scripts/recheck.sh [<run folder>]    (default build/logs/latest)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
run=${1:-$top/build/logs/latest}
[ -d "$run" ] || { echo "recheck: no run folder $run" >&2; exit 1; }
same=0 changed=0
# the consoles of the run, and those of another base's tests (<base>/)
for log in "$run"/*.log "$run"/[0-9]*/*.log; do
	grep -q '^# taint_ok ' "$log" 2>/dev/null || continue	# not a console
	was=$(sed -n 's/^# judged //p' "$log" | tail -1)
	said=$("$top/scripts/judge.sh" "$log")
	now=$?
	if [ "$now" = "${was:-}" ]; then
		same=$((same + 1)); echo "$said (as before)"
	else
		changed=$((changed + 1)); echo "$said (CHANGED: judged ${was:-never} then, $now now)"
	fi
done
echo "$same as before, $changed changed"
[ "$changed" = 0 ]
