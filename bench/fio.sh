# make bench, part "fio": Debian's fio on virtio-blk (2 queues of 256,
# 1200 MiB disk, iommu_platform=on), forced bouncing, 8 GiB guest, REPS boots
# each, interleaved (guest.test=bench-fio): 4 KiB random and 256 KiB
# sequential writes read back and checked (verify=crc32c), 4 jobs at queue
# depth FIO_QD (128), on two disks:
#   fast  QEMU's disk as it is: under TCG it completes a request faster than
#         the guest copies one, so few requests wait in the device and the
#         pools hardly fill; the throughput is the guest's copy rate.
#   slow  the disk throttled to 80 MB/s (throttling.bps-total): requests wait
#         in the device, as on real hardware whose latency exceeds a copy,
#         so the queues fill and their buffers stay mapped.
# Every "swiotlb buffer is full" report is counted; they are expected here,
# so they do not fail the boot.
# Sourced by bench/run.sh: appends to fio.csv.
export MEM=8G DISK=1200M TIMEOUT=900 ALLOW='swiotlb buffer is full|callbacks suppressed'
csv=$dir/fio.csv
echo "config,disk,rep,job,write_mib_s,read_mib_s,write_clat_p50_us,write_clat_p99_us,read_clat_p50_us,read_clat_p99_us,errors,full_reported,full_suppressed,default_pool_mib_peak,hi_pool_mib_peak,boot" > "$csv"
# name | kernel | swiotlb=
configs=(
	"stock|bench-stock|force"
	"stock-1g|bench-stock|524288,force"
	"stock-dyn|bench-stock-dyn|force"
	"series-1g|bench-swiotlb64|,,524288,force"
	"series-dyn-1g|bench-swiotlb64-dyn|,,524288,force"
)
total=$((reps * ${#configs[@]} * 2)) n=0 part_start=$(date +%s)
for rep in $(seq "$reps"); do
	for c in "${configs[@]}"; do
		IFS='|' read -r name kernel param <<<"$c"
		for disk in fast slow; do
			DRIVE_OPTS=""
			[ $disk = slow ] && DRIVE_OPTS=throttling.bps-total=80000000
			DRIVE_OPTS=$DRIVE_OPTS bench_boot fio "$name-$disk" "$rep" "$kernel" "swiotlb=$param" \
				guest.test=bench-fio guest.iodepth="$fio_qd"
			python3 "$top/bench/fio-csv.py" "$name" "$disk" "$rep" "$log" >> "$csv"
		done
	done
done
