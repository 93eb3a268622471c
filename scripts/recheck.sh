#!/usr/bin/env bash
# Judge the consoles of a saved run again without booting (scripts/judge.sh:
# badness, taint, result, time limit), for example after a change to
# scripts/badness.sh.  Prints one line per boot and "N passed, N failed".
#   scripts/recheck.sh [<run folder>]    (default build/logs/latest)
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
run=${1:-$top/build/logs/latest}
[ -d "$run" ] || { echo "recheck: no run folder $run" >&2; exit 1; }
pass=0 failed=0
for log in "$run"/*.log; do
	grep -q '^# taint_ok ' "$log" 2>/dev/null || continue	# not a console
	if "$top/scripts/judge.sh" "$log"; then pass=$((pass + 1)); else failed=$((failed + 1)); fi
done
echo "$pass passed, $failed failed"
[ "$failed" = 0 ]
