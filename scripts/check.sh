#!/usr/bin/env bash
# Run every test and end with one line "N passed, N failed".  Each test's
# output goes to build/logs/tests/<name>.log; a failed test's tail is shown.
#   scripts/check.sh          all tests
#   scripts/check.sh stock    only what runs on unpatched 6.12
# A test is a step of this list: a name and a command (tests/*.sh, or a make
# target for the builds, which are what the later boots test).
set -uo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
mkdir -p build/logs/tests

stock_steps=(
	"stock-tree		make -s stock-tree"
	"build-stock		make -s build/out/stock"
	"initramfs		make -s initramfs"
	"stock-io		tests/stock-io.sh"
)
steps=(
	"tree			make -s tree"
	"series-applies		tests/series-applies.sh"
	"checkpatch		tests/checkpatch.sh"
	"export-roundtrip	tests/export-roundtrip.sh"
	"build-swiotlb64	make -s build/out/swiotlb64"
	"${stock_steps[@]}"
	"kunit			tests/kunit.sh swiotlb64"
	"pool-64bit		tests/pool-64bit.sh"
	"pool-compat		tests/pool-compat.sh"
	"pool-oversize		tests/pool-oversize.sh"
	"pool-lowmem		tests/pool-lowmem.sh"
	"pool-rfc		tests/pool-rfc.sh"
	"param-bad		tests/param-bad.sh"
	"e2e-io			tests/e2e-io.sh swiotlb64"
	"dma-bench-masks	tests/dma-bench-masks.sh"
	"build-swiotlb64-dyn	make -s build/out/swiotlb64-dyn"
	"kunit-dyn		tests/kunit.sh swiotlb64-dyn"
	"e2e-io-dyn		tests/e2e-io.sh swiotlb64-dyn"
	"series-bisect		tests/series-bisect.sh"
)
[ "${1:-}" = stock ] && steps=("${stock_steps[@]}")

pass=0 failed=0 n=0 t0=$(date +%s)
echo "TAP version 13"
echo "1..${#steps[@]}"
for step in "${steps[@]}"; do
	read -r name cmd <<<"$step"
	n=$((n + 1))
	log=build/logs/tests/$name.log
	s=$(date +%s)
	echo "# $n/${#steps[@]} $name: $cmd"
	if bash -c "$cmd" > "$log" 2>&1; then
		pass=$((pass + 1))
		echo "ok $n - $name ($(( $(date +%s) - s ))s)"
	else
		failed=$((failed + 1))
		echo "not ok $n - $name ($(( $(date +%s) - s ))s, log: $log)"
		tail -15 "$log" | sed 's/^/#   /'
	fi
done
echo "# total $(( $(date +%s) - t0 ))s"
echo "$pass passed, $failed failed"
[ "$failed" = 0 ]
