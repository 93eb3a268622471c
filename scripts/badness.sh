#!/usr/bin/env bash
# Print the lines of a console log that show kernel badness; exit 1 if any.
#   scripts/badness.sh <console log>
pat='BUG:|WARNING:|Oops|Kernel panic|general protection fault|UBSAN:|KASAN:'
pat+='|unreferenced object|possible recursive locking|possible circular locking'
pat+='|inconsistent lock state|suspicious RCU usage|Call Trace:|stack-protector'
if grep -E "$pat" "$1" | head -20 | sed 's/^/badness: /' | grep .; then
	exit 1
fi
exit 0
