#!/usr/bin/env bash
# The series' selftest for users' machines (tools/testing/selftests/dma/
# swiotlb64.sh), run in the guest as a user would run it: with a 64-bit
# pool, every check passes and none skips; without one, the checks of the
# 64-bit pool skip with their reason and the rest pass; and it can fail: a
# 2 GiB guest has no memory above 4 GiB, so its 64-bit pool lands below,
# which the selftest reports as a failure.
. "$(dirname "$0")/lib.sh"
totals() { sed -n 's/^guest: selftest # Totals: //p' "$log" | tr -d '\r'; }
run() {	# run <name> <totals expected> <exit expected> <kernel args...>
	local name=$1 want=$2 code=$3; shift 3
	TIMEOUT=120 boot "$name" swiotlb64 kunit.enable=0 guest.test=selftest "$@" || fail "boot $name"
	grep -a '^guest: selftest' "$log" | tr -d '\r'
	expect "$name: KTAP totals $want ($(totals))" [ "$(totals)" = "$want" ]
	expect "$name: exit status $code" has "^guest: selftest exit $code"
}
run selftest-hi "pass:8 fail:0 xfail:0 xpass:0 skip:0 error:0" 0 \
	swiotlb=65536,,1048576,force
run selftest-nohi "pass:5 fail:0 xfail:0 xpass:0 skip:3 error:0" 0 \
	swiotlb=65536,force
MEM=2G ALLOW="is below 4 GiB" run selftest-low "pass:6 fail:1 xfail:0 xpass:0 skip:1 error:0" 1 \
	swiotlb=32768,,65536,force
expect "selftest-low: the failure is the placement" has '^guest: selftest not ok 3 64-bit pool at 0x[0-9a-f]*, below 4 GiB'
pass
