#!/usr/bin/env bash
# Run the tests listed in tests/list, print TAP as they go, and end with one
# line "N passed, N failed".  Each run gets a folder build/logs/<UTC time>/
# (build/logs/latest links to the last one): tests/<name>.log has what each
# test checked, <boot>.log each boot's console, check.summary the last line
# (build/logs/check.summary has it too).  A failed test's tail is shown.
#   scripts/check.sh              every test (only the stock ones for a base
#                                 without a series, bases/$BASE)
#   scripts/check.sh stock        only those that stock kernels pass too
#   scripts/check.sh <name>...    only these, after making what they need
# A test passes when it exits 0 within its time limit and its last line is
# "result: pass"; anything else fails it.
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
. scripts/base.sh
run=$(date -u +%Y%m%dT%H%M%SZ)
summaries=()
if [ -n "${LOGDIR:-}" ]; then
	# run by a test (harness-self): a folder inside that run's
	export LOGDIR=$LOGDIR/check-$run
else
	export LOGDIR=$top/build/logs/$run
	mkdir -p build/logs && ln -sfn "$run" build/logs/latest
	rm -f build/logs/check.summary
	summaries=(build/logs/check.summary)
fi
mkdir -p "$LOGDIR/tests"
summaries+=("$LOGDIR/check.summary")

list=${TESTS_LIST:-tests/list}
mapfile -t all < <(grep -v '^#' "$list" | grep .)
steps=() only=()
mode=${1:-}
if [ -z "$mode" ] && [ -z "$patches" ]; then
	if [ "$list" != tests/list ]; then
		echo "check: base $BASE has no series (bases/$BASE): nothing of $list to run" >&2
		echo "0 passed, 1 failed" | tee "${summaries[@]}"
		exit 1
	fi
	echo "# base $BASE has no series (bases/$BASE): running the tests of its stock kernel"
	mode=stock
fi
case "$mode" in
# every test but those of this base run through tests/on-base.sh (the
# Linux 7.3 tests of the default base's list): they are in the list already
"")	for s in "${all[@]}"; do [[ $s == *" tests/on-base.sh $BASE "* ]] || steps+=("$s"); done ;;
stock)	for s in "${all[@]}"; do read -r _ _ st _ <<<"$s"; [ "$st" = y ] && steps+=("$s"); done ;;
*)	only=("$@")
	for t in "${only[@]}"; do
		s=$(printf '%s\n' "${all[@]}" | awk -v t="$t" '$1 == t')
		if [ -z "$s" ]; then
			echo "check: no test '$t' in $list" >&2
			echo "0 passed, 1 failed" | tee "${summaries[@]}"
			exit 1
		fi
		steps+=("$s")
	done ;;
esac

pass=0 failed=0 n=0 builds=0 t0=$(date +%s)
summary() {
	echo "# total $(( $(date +%s) - t0 ))s; $n of ${#steps[@]} run: tests $((n - builds)), build steps $builds (tests/make.sh)"
	echo "# logs: ${LOGDIR#$top/}"
	echo "$pass passed, $failed failed" | tee "${summaries[@]}"
}
trap 'echo "# interrupted"; summary; exit 130' INT TERM
echo "TAP version 13"
# The source of the work tree (its stamp, scripts/tree.sh), if it exists yet.
used=$(cut -d' ' -f1 "$bdir/linux/.git/swiotlb64-stamp" 2>/dev/null || true)
echo "# base $BASE: $base_package $base_version pinned; work tree: ${used:-not made yet}"
echo "1..${#steps[@]}"
for step in "${steps[@]}"; do
	read -r name secs _ needs cmd <<<"$step"
	n=$((n + 1))
	[[ $cmd == tests/make.sh* ]] && builds=$((builds + 1))
	log=$LOGDIR/tests/$name.log
	s=$(date +%s)
	echo "# $n/${#steps[@]} $name: $cmd (limit ${secs}s)"
	: > "$log"
	ok=1
	if [ ${#only[@]} -gt 0 ] && [ "$needs" != - ]; then
		# of the base the test runs on (tests/on-base.sh <base> ...)
		nbase=$BASE; [[ $cmd == "tests/on-base.sh "* ]] && read -r _ nbase _ <<<"$cmd"
		echo "# making what $name needs: ${needs//,/ } (BASE=$nbase)"
		make -s BASE="$nbase" ${needs//,/ } >> "$log" 2>&1 || { ok=0; echo "make ${needs//,/ }: failed" >> "$log"; }
	fi
	if [ $ok = 1 ]; then
		timeout -k 30 "$secs" bash -c "$cmd" >> "$log" 2>&1
		rc=$?
		if [ $rc = 124 ] || [ $rc = 137 ]; then
			echo "TIMEOUT: $name did not finish in ${secs}s" >> "$log"; ok=0
		elif [ $rc != 0 ]; then
			ok=0
		elif [ "$(tail -1 "$log")" != "result: pass" ]; then
			echo "NO RESULT: $name exited 0 without printing 'result: pass' last" >> "$log"; ok=0
		fi
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
		echo "ok $n - $name ($(( $(date +%s) - s ))s)"
	else
		failed=$((failed + 1))
		echo "not ok $n - $name ($(( $(date +%s) - s ))s, log: $log)"
		tail -15 "$log" | sed 's/^/#   /'
	fi
done
summary
[ "$failed" = 0 ]
