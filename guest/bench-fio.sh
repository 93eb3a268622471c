# guest.test=bench-fio (make bench): fio (Debian's, in /bench) with O_DIRECT
# on the virtio-blk disk, forced bouncing: 4 KiB random and 256 KiB
# sequential, written then read back and checked (verify=crc32c), 2 jobs
# (one per queue) at queue depth guest.iodepth (64).  Each job prints
# "guest: bench-fio <name> <fio's JSON on one line>", then the number of
# "swiotlb buffer is full" reports (counting those the rate limit held back).
export LD_LIBRARY_PATH=/bench/lib
qd=$(arg iodepth | sed 's/^$/64/')
ok=1
for job in "rand4k 4k randwrite 64M" "seq256k 256k write 512M"; do
	set -- $job
	out=$(/bench/lib/ld-linux-x86-64.so.2 /bench/fio --name="$1" --filename=/dev/vda \
		--ioengine=libaio --direct=1 --thread --bs="$2" --rw="$3" --size="$4" --numjobs=2 \
		--offset_increment="$4" --iodepth="$qd" --group_reporting \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --output-format=json 2>&1) || ok=0
	echo "guest: bench-fio $1 $(echo "$out" | tr -d '\n\t')"
done
full=$(dmesg | grep -c 'swiotlb buffer is full')
held=$(dmesg | sed -n 's/.*swiotlb_tbl_map_single: \([0-9]*\) callbacks suppressed.*/\1/p' | awk '{ n += $1 } END { print n + 0 }')
echo "guest: bench-fio-full reported=$full suppressed=$held"
[ $ok = 1 ]
