# guest.test=bench-frag (make bench): with the benchmark's module
# (/bench/swiotlb_bench.ko mode=frag): the time of a one-page mapping that
# searches every area of a pool fragmented into single free slots, and fails.
# One "guest: bench-frag key=value..." line.
insmod /bench/swiotlb_bench.ko mode=frag reps=20 || { echo "guest: insmod failed"; false; }
line=$(dmesg | sed -n 's/.*swiotlb_bench: frag //p' | tail -1)
rmmod swiotlb_bench
echo "guest: bench-frag $line"
[ -n "$line" ]
