# guest.test=bench-map: dma_map_benchmark on QEMU's pci-testdev for every
# combination of guest.bits (default 64,32), guest.threads (1,2) and
# guest.granule (1,16,64 pages), guest.seconds (2) each, one result line per
# run: "guest: bench bits=B threads=T granule=G map=US map_sd=SD unmap=US
# unmap_sd=SD pool=<pool whose high-water mark rose>".
secs=$(arg seconds)
bind_testdev
ok=1
for b in $(echo "$(arg bits)" | sed 's/^$/64,32/' | tr , ' '); do
for t in $(echo "$(arg threads)" | sed 's/^$/1,2/' | tr , ' '); do
for g in $(echo "$(arg granule)" | sed 's/^$/1,16,64/' | tr , ' '); do
	reset_hiwater
	out=$(dma_map_benchmark -t "$t" -s "${secs:-2}" -b "$b" -g "$g" 2>&1) || { ok=0; echo "$out"; continue; }
	pool=none
	[ "$(cat /sys/kernel/debug/swiotlb/io_tlb_used_hiwater)" -gt 0 ] && pool=default
	f=/sys/kernel/debug/swiotlb/swiotlb-hi/io_tlb_used_hiwater
	[ -f $f ] && [ "$(cat $f)" -gt 0 ] && pool=$pool+hi
	line=$(echo "$out" | tr '\n' ' ' | sed -n "s/.*average map latency(us):\([0-9.]*\) standard deviation:\([0-9.]*\).*average unmap latency(us):\([0-9.]*\) standard deviation:\([0-9.]*\).*/guest: bench bits=$b threads=$t granule=$g map=\1 map_sd=\2 unmap=\3 unmap_sd=\4 pool=${pool#none+}/p")
	[ -n "$line" ] && echo "$line" || { ok=0; echo "$out"; }
done; done; done
[ $ok = 1 ]
