# guest.test=grow: guest.writers= (default 8) O_DIRECT writers at once, each
# on its own guest.mib= MiB (default 32) of the virtio disk, every byte read
# back and checked, with the swiotlb counters before and after.
n=$(arg writers); n=${n:-8}
mib=$(arg mib); mib=${mib:-32}
swiotlb_dmesg
counters before
i=0 pids=
while [ "$i" -lt "$n" ]; do
	dio /dev/vda "$mib" 1024 "$(arg seed)" wr $((i * mib)) > "/tmp/dio.$i" 2>&1 &
	pids="$pids $!"
	i=$((i + 1))
done
ok=0
for p in $pids; do wait "$p" && ok=$((ok + 1)); done
cat /tmp/dio.*
echo "guest: writers $ok of $n passed"
swiotlb_dmesg
counters after
[ "$ok" = "$n" ]
