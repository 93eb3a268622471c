#!/usr/bin/env bash
# The swiotlb KUnit suite, built into the guest kernel, run at boot beside
# the kernel's own 64-bit pool (the cases make pools of their own, see make
# kunit-plain); kunit.py parses the console.  Exactly the expected number of
# test cases must run and pass: none may fail, crash or be skipped (unless
# listed in skips below, with a reason).
#   tests/kunit.sh <variant>
. "$(dirname "$0")/lib.sh"
variant=${1:?variant}
# the number of test cases (parameters included) of the series' suite, the
# same with CONFIG_SWIOTLB_DYNAMIC=y and =n
cases=19; [ "$BASE" = 7.3 ] && cases=20	# 7.3: swiotlb_test_cc
skips=()	# test names allowed to skip: none
TIMEOUT=90 TAINT_OK=262144 boot "kunit-$variant" "$variant" swiotlb=32768,,20480,force \
	kunit.filter_glob='swiotlb*' guest.test=counters || fail "boot"
sed -n '/KTAP version/,$p' "$log" | tr -d '\r' | sed -n '/^\[/!p;/^\[/s/^\[[^]]*\] //p' | grep -v '^guest:' > "$log.ktap"
python3 "$bdir/linux/tools/testing/kunit/kunit.py" parse "$log.ktap" > "$log.parsed"
tail -25 "$log.parsed"
totals=$(grep 'Testing complete\. ' "$log.parsed" | tail -1)
expect "kunit.py found the totals" test -n "$totals"
num() { grep -o "$1: [0-9]*" <<<"$totals" | grep -o '[0-9]*' || echo 0; }
ran=$(grep -o 'Ran [0-9]* tests' <<<"$totals" | grep -o '[0-9]*')
expect "$cases test cases ran (${ran:-0})" test "${ran:-0}" = "$cases"
expect "all passed ($(num passed))" test "$(num passed)" = "$((cases - ${#skips[@]}))"
expect "none failed" test "$(num failed)" = 0
expect "no errors" test "$(num errors)" = 0
expect "none crashed" eval '! grep -q CRASHED "$log.parsed"'
skipped=$(grep -o '\[SKIPPED\] .*' "$log.parsed" | sed 's/\[SKIPPED\] //' | sort)
expect "skipped only: ${skips[*]:-none}" test "$skipped" = "$(printf '%s\n' "${skips[@]}" | grep . | sort)"
pass
