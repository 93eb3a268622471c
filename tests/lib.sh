# Shared by the tests: sourced, never run.  A test prints what it checks and
# exits non-zero on the first failed expectation.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$top/build/out
logs=$top/build/logs
kernel() { echo "$out/$1/arch/x86/boot/bzImage"; }

# boot <name> <variant> <kernel args...>: boot and keep the console in $log.
boot() {
	local name=$1 variant=$2; shift 2
	log=$logs/$name.log
	"$top/scripts/boot.sh" "$name" "$(kernel "$variant")" "$@"
}

# counter <label> <path>: a counter the guest printed ("before"/"after").
counter() {
	sed -n "s|^guest: counter $1 $2 ||p" "$log" | tr -d '\r' | head -1
}

# num <string>: its value if it is a decimal or 0x number, else -1.
num() { if [[ ${1:-} =~ ^(0x[0-9a-fA-F]+|[0-9]+)$ ]]; then echo $(($1)); else echo -1; fi; }

fail() { echo "FAIL: $*"; exit 1; }
expect() {	# expect <description> <test expression...>
	local what=$1; shift
	if "$@"; then echo "ok: $what"; else fail "$what"; fi
}
has() { grep -qE "$1" "$log"; }
hasnt() { ! grep -qE "$1" "$log"; }
# first <regex>: the first console line (guest copies excluded) matching.
first() { grep -v '^guest: ' "$log" | grep -oE "$1" | head -1; }
