# Helpers shared by the guest tests (sourced by /init).

# counters <label>: print every swiotlb debugfs counter as
# "guest: counter <label> <dir>/<file> <value>".
counters() {
	for f in /sys/kernel/debug/swiotlb/*/io_tlb_* /sys/kernel/debug/swiotlb/io_tlb_*; do
		[ -f "$f" ] || continue
		echo "guest: counter $1 ${f#/sys/kernel/debug/} $(cat "$f")"
	done
}

# reset_hiwater: set the high-water mark of every swiotlb pool to 0.
reset_hiwater() {
	for f in /sys/kernel/debug/swiotlb/io_tlb_used_hiwater /sys/kernel/debug/swiotlb/*/io_tlb_used_hiwater; do
		[ -f "$f" ] && echo 0 > "$f"
	done
}

# swiotlb_dmesg: the kernel's swiotlb messages.
swiotlb_dmesg() {
	dmesg | grep -E 'software IO TLB|swiotlb (buffer|cannot|addr)' | sed 's/^/guest: dmesg /'
}

# bind_testdev: bind QEMU's pci-testdev (1b36:0005) to the dma_map_benchmark
# driver, which then creates /sys/kernel/debug/dma_map_benchmark.
bind_testdev() {
	for d in /sys/bus/pci/devices/*; do
		[ "$(cat "$d/vendor"):$(cat "$d/device")" = 0x1b36:0x0005 ] || continue
		echo dma_map_benchmark > "$d/driver_override"
		[ -e "$d/driver" ] && echo "${d##*/}" > "$d/driver/unbind"
		echo "${d##*/}" > /sys/bus/pci/drivers/dma_map_benchmark/bind
		echo "guest: dmamap device ${d##*/}"
	done
}

# low_free: the memory below 4 GiB left free, "guest: low free kB <n>"
# (zones DMA and DMA32 of /proc/zoneinfo).
low_free() {
	awk '/^Node/ { zone = $4 } /^ +pages free/ && (zone == "DMA" || zone == "DMA32") { kb += $3 * 4 }
		END { print "guest: low free kB " kb }' /proc/zoneinfo
}

# kmemleak_scan: on a kernel with kmemleak (the debug variants), scan for
# leaked objects at the end of the workload and print what it finds
# ("unreferenced object ...", which scripts/badness.sh fails the boot on).
# An object must be a few seconds old to be reported, hence two scans.
kmemleak_scan() {
	[ -w /sys/kernel/debug/kmemleak ] || return 0
	echo scan > /sys/kernel/debug/kmemleak
	sleep 6
	echo scan > /sys/kernel/debug/kmemleak
	cat /sys/kernel/debug/kmemleak
	echo "guest: kmemleak scanned"
}

# bench_module <what> <module parameters...> (make bench): load the
# benchmark's module (/bench/swiotlb_bench.ko, bench/module/), which does its
# work at load time, print its "swiotlb_bench: <what> key=value..." line as
# "guest: bench-<what> key=value...", and unload it.  Fails if the module
# did not load or printed no such line.
bench_module() {
	local what=$1 line
	shift
	insmod /bench/swiotlb_bench.ko "$@" || { echo "guest: insmod $* failed"; return 1; }
	line=$(dmesg | sed -n "s/.*swiotlb_bench: $what //p" | tail -1)
	rmmod swiotlb_bench
	echo "guest: bench-$what $line"
	[ -n "$line" ]
}
