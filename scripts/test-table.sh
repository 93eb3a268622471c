#!/usr/bin/env bash
# Print docs/tests.md: the tests of each list, made from the lists' "## "
# lines (tests/readme-facts.sh checks that docs/tests.md is this output).
#   scripts/test-table.sh > docs/tests.md
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
echo "# The tests"
echo
echo "Made by \`scripts/test-table.sh > docs/tests.md\` from the test lists; do not edit."
echo "Limit: the test's time limit in seconds (a boot's own limit is shorter: \`TIMEOUT\`"
echo "in the test script, default 120 s). Stock: \`make check-stock\` runs it too."
for list in tests/list:"make check" tests/list-stress:"make check-stress" \
	tests/list-matrix:"make check-matrix" tests/list-arches:"make check-arches"; do
	echo
	echo "## ${list#*:} (\`${list%%:*}\`)"
	echo
	echo "| test | limit | stock | what it shows |"
	echo "| --- | --- | --- | --- |"
	awk '/^## / { d = substr($0, 4); next }
	     /^#/ || !NF { next }
	     { printf "| %s | %s | %s | %s |\n", $1, $2, ($3 == "y" ? "y" : ""), d; d = "" }' "${list%%:*}"
done
