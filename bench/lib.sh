# Shared by the parts of make bench (sourced by bench/run.sh).
# bench_boot <part> <name> <rep> <kernel variant> <kernel arguments...>:
# one boot with the part's guest test, its console kept in raw/<part>-<name>-<rep>.log;
# prints a progress line (what runs, how many boots are left, the time left).
# Environment from run.sh: dir, top, and per part MEM, DISK, TIMEOUT, ALLOW.
bench_boot() {
	local part=$1 name=$2 rep=$3 kernel=$4 left=""
	shift 4
	n=$((n + 1))
	[ $n -gt 1 ] && left=", about $(( ($(date +%s) - part_start) * (total - n + 1) / (n - 1) / 60 + 1 )) min left in this part"
	echo "bench: $part: boot $n of $total: $name, repetition $rep ($*)$left"
	log=$dir/raw/$part-$name-$rep.log
	INITRD=$bdir/out/$kernel.cpio.gz "$top/scripts/boot.sh" "bench-$part" \
		"$bdir/out/$kernel/arch/x86/boot/bzImage" kunit.enable=0 "$@" > /dev/null ||
		echo "bench: $part: $name repetition $rep failed (see $log)"
	tr -d '\r' < "${LOGDIR:-$top/build/logs}/bench-$part.log" > "$log"
}

# pool_range <log> <"mapped" or "high mapped">: "start end" of that pool.
pool_range() {
	sed -n "s/.*software IO TLB: $2 \[mem \(0x[0-9a-f]*\)-\(0x[0-9a-f]*\)\].*/\1 \2/p" "$1" | head -1
}

# hi_shift <pool start>: the memmap= that moves a 64-bit pool starting at
# 4 GiB to the offset from a 2 MiB boundary that <pool start> has (nothing
# if that offset is 0): the placement control of bench/map.sh.
hi_shift() {
	local off=$(($1 % 0x200000))
	[ "$off" = 0 ] || printf 'memmap=0x%x$0x100000000' "$off"
}

# csv_fields <key>...: for each line of "key=value ..." on stdin, the values
# of those keys, comma-separated, in that order (empty where a key is missing).
csv_fields() {
	awk -v keys="$*" 'BEGIN { n = split(keys, k, " ") }
		{ delete v; for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
		  for (i = 1; i <= n; i++) printf "%s%s", v[k[i]], i < n ? "," : "\n" }'
}
