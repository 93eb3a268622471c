#!/usr/bin/env bash
# The swiotlb KUnit suite, built into the guest kernel, run at boot with a
# small 64-bit pool above 4 GiB; kunit.py parses the console.  Every test
# must pass and none may be skipped (the boot gives them the pools they need).
#   tests/kunit.sh <variant>
. "$(dirname "$0")/lib.sh"
variant=${1:?variant}
boot "kunit-$variant" "$variant" swiotlb=32768,,8192,force kunit.filter_glob='swiotlb*' guest.test=kunit || fail "boot"
sed -n '/KTAP version/,$p' "$log" | sed -n '/^\[/!p;/^\[/s/^\[[^]]*\] //p' | grep -v '^guest:' > "$log.ktap"
python3 "$top/build/linux/tools/testing/kunit/kunit.py" parse "$log.ktap" | tail -25 | tee "$log.parsed"
totals=$(grep 'Testing complete\. ' "$log.parsed" | tail -1)
num() { grep -o "$1: [0-9]*" <<<"$totals" | grep -o '[0-9]*' || echo 0; }
passed=$(num passed) failed=$(num failed) skipped=$(num skipped) errors=$(num errors)
expect "KUnit ran tests ($passed passed)" test "$passed" -ge 30
expect "none failed" test "${failed:-1}" -eq 0
expect "none skipped" test "${skipped:-1}" -eq 0
expect "no errors" test "${errors:-0}" -eq 0
