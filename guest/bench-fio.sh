# guest.test=bench-fio (make bench): fio (Debian's, in /bench) with O_DIRECT
# on the virtio-blk disk, forced bouncing: 4 KiB random and 256 KiB
# sequential, written then read back and checked (verify=crc32c), 4 jobs
# (two per queue) at queue depth guest.iodepth (128): up to 512 requests in
# flight, as many as the disk's two queues of 256 hold.  Each job prints
# "guest: bench-fio <name> <fio's JSON on one line>", then the number of
# "swiotlb buffer is full" reports (counting those the rate limit held back).
export LD_LIBRARY_PATH=/bench/lib
qd=$(arg iodepth); qd=${qd:-128}
ok=1
for job in "rand4k 4k randwrite 32M" "seq256k 256k write 128M"; do
	set -- $job
	out=$(/bench/lib/ld-linux-x86-64.so.2 /bench/fio --name="$1" --filename=/dev/vda \
		--ioengine=libaio --direct=1 --thread --bs="$2" --rw="$3" --size="$4" --numjobs=4 \
		--offset_increment="$4" --iodepth="$qd" --group_reporting \
		--verify=crc32c --do_verify=1 --verify_fatal=1 --output-format=json 2>&1) || ok=0
	echo "guest: bench-fio $1 $(echo "$out" | tr -d '\n\t')"
done
full=$(dmesg | grep -c 'swiotlb buffer is full')
held=$(dmesg | sed -n 's/.*swiotlb_tbl_map_single: \([0-9]*\) callbacks suppressed.*/\1/p' | awk '{ n += $1 } END { print n + 0 }')
echo "guest: bench-fio-full reported=$full suppressed=$held"
for d in /sys/kernel/debug/swiotlb /sys/kernel/debug/swiotlb/swiotlb-hi; do
	[ -f $d/io_tlb_nslabs ] && echo "guest: bench-fio-pool ${d##*/} nslabs=$(cat $d/io_tlb_nslabs) hiwater=$(cat $d/io_tlb_used_hiwater)"
done
[ $ok = 1 ]
