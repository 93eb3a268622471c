#!/usr/bin/env bash
# Boot again exactly as a saved console log says (its first line is the QEMU
# command, with the same kernel arguments and data seed), on a new empty disk
# of the same size, and judge it: the console goes to <name>.again.log.
#   scripts/rerun.sh <console log>       e.g. build/logs/latest/e2e-io.log
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
log=${1:?usage: rerun.sh <console log>}
again=${log%.log}.again.log
cmd=$(sed -n '1s/^# //p' "$log")
read -r disk size < <(sed -n 's/^# disk //p' "$log")
[ -n "$cmd" ] && [ -n "$disk" ] || { echo "rerun: $log has no command or disk line" >&2; exit 1; }
sed -n '1,/^# taint_ok/p' "$log" > "$again"
rm -f "$disk"; truncate -s "$size" "$disk"; trap 'rm -f "$disk"' EXIT
echo "rerun: $(basename "$log") again (console: $again)"
start=$(date +%s)
eval "timeout -k 10 $(sed -n 's/^# timeout //p' "$log") $cmd" < /dev/null >> "$again" 2>&1
printf '\n# exit %s after %ss\n' "$?" "$(( $(date +%s) - start ))" >> "$again"
"$top/scripts/judge.sh" "$again"
