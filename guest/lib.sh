# Helpers shared by the guest tests (sourced by /init).

# counters <label>: print every swiotlb debugfs counter as
# "guest: counter <label> <dir>/<file> <value>".
counters() {
	for f in /sys/kernel/debug/swiotlb/*/io_tlb_* /sys/kernel/debug/swiotlb/io_tlb_*; do
		[ -f "$f" ] || continue
		echo "guest: counter $1 ${f#/sys/kernel/debug/} $(cat "$f")"
	done
}

# swiotlb_dmesg: the kernel's swiotlb messages.
swiotlb_dmesg() {
	dmesg | grep -E 'software IO TLB|swiotlb (buffer|cannot|addr)' | sed 's/^/guest: dmesg /'
}
