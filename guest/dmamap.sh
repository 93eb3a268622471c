# guest.test=dmamap: bind QEMU's pci-testdev (1b36:0005) to the dma_map_benchmark
# driver and run the upstream tool once per guest.bits value (comma-separated,
# default 64,32), with the swiotlb counters before and after each run (labelled
# run<N>-<bits>; high-water marks reset to 0 first).  guest.seconds=<s> (default 2),
# guest.threads=<n> (default 1), guest.granule=<pages> (default 1).
bits=$(arg bits); secs=$(arg seconds); threads=$(arg threads); granule=$(arg granule)
swiotlb_dmesg
bind_testdev
ok=1 n=0
for b in $(echo "${bits:-64,32}" | tr , ' '); do
	reset_hiwater
	n=$((n + 1))
	counters "run$n-$b-before"
	out=$(dma_map_benchmark -t "${threads:-1}" -s "${secs:-2}" -b "$b" -g "${granule:-1}" 2>&1) || ok=0
	echo "$out" | sed "s/^/guest: dmamap run$n-$b /"
	counters "run$n-$b-after"
done
[ $ok = 1 ]
