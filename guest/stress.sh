# guest.test=stress: for guest.seconds= (default 120), guest.writers= (default
# 8) O_DIRECT writers on the virtio disk, each on its own guest.mib= MiB
# (default 32), pass after pass with a new seed each pass, every byte read
# back and checked; at the same time dma_map_benchmark maps and unmaps with
# one thread per CPU on guest.granule= pages (default 16): first with a
# 64-bit DMA mask, then, for the second half, with a 32-bit mask, whose
# every mapping swiotlb_map() checks against the mask ("swiotlb addr ...
# overflow", a mapping error and a warning).  Counters before and after.
secs=$(arg seconds); secs=${secs:-120}
n=$(arg writers); n=${n:-8}
mib=$(arg mib); mib=${mib:-32}
seed=$(arg seed)
cpus=$(nproc)
swiotlb_dmesg
bind_testdev
echo "guest: vda queues $(ls /sys/block/vda/mq | wc -l), depth $(cat /sys/block/vda/queue/nr_requests)"
counters before
end=$(( $(date +%s) + secs ))
# writer <i>: passes over its own region until the time is up; prints one
# line per pass and a summary "guest: stress writer <i> <passes> <bad>".
writer() {
	local i=$1 pass=0 bad=0
	while [ "$(date +%s)" -lt "$end" ]; do
		dio /dev/vda "$mib" 1024 $((seed + pass * 1000 + i)) wr $((i * mib)) || bad=$((bad + 1))
		pass=$((pass + 1))
	done
	echo "guest: stress writer $i $pass $bad"
}
i=0 pids=
while [ "$i" -lt "$n" ]; do
	writer "$i" > "/tmp/stress.$i" 2>&1 &
	pids="$pids $!"
	i=$((i + 1))
done
half=$(( secs / 2 ))
ok=1
for b in 64 32; do
	out=$(dma_map_benchmark -t "$cpus" -s "$half" -b "$b" -g "$(arg granule | grep . || echo 16)" 2>&1) || ok=0
	echo "$out" | sed "s/^/guest: dmamap $b /"
	echo "guest: dmamap $b threads $cpus seconds $half"
	[ "$b" = 64 ] && counters mid
done
for p in $pids; do wait "$p"; done
cat /tmp/stress.*
swiotlb_dmesg
counters after
[ "$ok" = 1 ] && ! grep -q '^guest: stress writer [0-9]* [0-9]* [1-9]' /tmp/stress.*
