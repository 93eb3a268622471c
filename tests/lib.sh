# Shared by the tests: sourced, never run.  A test prints what it checks,
# exits non-zero on the first failed expectation, and ends with "pass", which
# prints the line "result: pass" that scripts/check.sh requires.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
. "$top/scripts/base.sh"	# BASE, bdir (build/<base>), patches, base_*
out=$bdir/out
logs=${LOGDIR:-$top/build/logs}
unset MEM	# a test asks for its guest's memory itself (default 8G)
# KERNEL=<bzImage>: boot that kernel instead (a test run against an older
# version of the series, to show that the test fails there).
kernel() { echo "${KERNEL:-$out/$1/arch/x86/boot/bzImage}"; }

# boot <name> <variant> <kernel args...>: boot and keep the console in $log.
# MEM, TIMEOUT, ALLOW, TAINT_OK: see scripts/boot.sh.
boot() {
	local name=$1 variant=$2; shift 2
	log=$logs/$name.log
	# debug kernels (KASAN, lockdep, kmemleak; KCSAN) run several times
	# slower under TCG
	case $variant in
	*-debug*|*-kcsan*) TIMEOUT=$(( ${TIMEOUT:-120} * 5 )) "$top/scripts/boot.sh" "$name" "$(kernel "$variant")" "$@" ;;
	*) "$top/scripts/boot.sh" "$name" "$(kernel "$variant")" "$@" ;;
	esac
}

# counter <label> <path>: a counter the guest printed ("before"/"after").
counter() {
	sed -n "s|^guest: counter $1 $2 ||p" "$log" | tr -d '\r' | head -1
}

# machine <pool start>: "first last" machine address of the bounce buffer
# at that physical address, as swiotlb-xen printed it (Xen PV boots).
machine() {
	grep -aoE "swiotlb_xen: bounce buffer \[mem $1-0x[0-9a-f]+\] is in machine memory \[0x[0-9a-f]+-0x[0-9a-f]+\]" "$log" |
		head -1 | sed 's/.*machine memory \[\(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\]/\1 \2/'
}

# low_free_kb: the memory below 4 GiB left free, as guest.test=cc printed it.
low_free_kb() { sed -n 's/^guest: low free kB //p' "$log" | tr -d '\r'; }

# num <string>: its value if it is a decimal or 0x number, else -1.
num() { if [[ ${1:-} =~ ^(0x[0-9a-fA-F]+|[0-9]+)$ ]]; then echo $(($1)); else echo -1; fi; }

fail() { echo "FAIL: $*"; exit 1; }
expect() {	# expect <description> <test expression...>
	local what=$1; shift
	if "$@"; then echo "ok: $what"; else fail "$what"; fi
}
pass() { echo "result: pass"; exit 0; }
# has/hasnt <regex>: the console log has (not) a matching line; both fail
# when there is no log.
has() { [ -f "$log" ] && grep -qaE "$1" "$log"; }
hasnt() { [ -f "$log" ] && ! grep -qaE "$1" "$log"; }
# first <regex>: the first console line (guest copies excluded) matching.
first() { grep -av '^guest: ' "$log" | grep -oE "$1" | head -1; }
# bounced <pool dir>: the I/O of the boot bounced through that pool (its
# high-water mark rose); "swiotlb" is the default pool, "swiotlb/swiotlb-hi"
# the 64-bit one.
bounced() {
	local b a
	b=$(counter before "$1/io_tlb_used_hiwater"); a=$(counter after "$1/io_tlb_used_hiwater")
	echo "$1 high-water mark: ${b:-?} -> ${a:-?}"
	[ -n "$a" ] && [ "${a}" -gt "${b:-0}" ]
}

# tree_version [<tree>]: the Debian version a tree (default the work tree)
# was made from (its stamp, scripts/tree.sh); empty for a KSRC tree.
tree_version() { sed -n 's/^debian:[^=]*=\([^ ]*\) .*/\1/p' "${1:-$bdir/linux}/.git/swiotlb64-stamp" 2>/dev/null; }
# same_series <dir> <dir>: two exports of the series hold the same patches.
# On the version the series was exported against (bases/$BASE) they must be
# byte-identical.  On another source (a newer Debian build, a KSRC tree) the
# blob hashes of "index" lines and the line numbers of hunk headers follow
# that source's context, so they are left out; everything else must match.
same_series() {
	if [ "$(tree_version)" = "$base_version" ]; then
		echo "comparing byte for byte (the tree is $base_package $base_version)"
		diff -r "$1" "$2"
		return
	fi
	echo "comparing without index lines and hunk line numbers (the tree is not $base_version)"
	local f rc=0
	diff <(ls "$1") <(ls "$2") || return 1
	for f in "$1"/*; do
		diff -u --label "$f" --label "$2/${f##*/}" \
			<(sed -E '/^index [0-9a-f]+\.\.[0-9a-f]+/d; s/^@@ -[0-9,]+ \+[0-9,]+ @@/@@/' "$f") \
			<(sed -E '/^index [0-9a-f]+\.\.[0-9a-f]+/d; s/^@@ -[0-9,]+ \+[0-9,]+ @@/@@/' "$2/${f##*/}") || rc=1
	done
	return $rc
}
