# guest.test=bench-capacity (make bench): with the benchmark's module
# (/bench/swiotlb_bench.ko, bench/module/): the memory below 4 GiB left free;
# the most bounce memory a 64-bit device holds mapped at once, for buffers of
# 1 and 64 pages, up to guest.max_mib (7168) MiB or 30 s; the time to clear 1 GiB
# (memset, against the boot cost of a pool); the bandwidth of memcpy for 1,
# 16 and 64 pages (the limit of bouncing).  One "guest: bench-<what>
# key=value..." line each.
low_free
ok=1
max=$(arg max_mib)
for p in 1 64; do
	bench_module capacity mode=capacity bits=64 pages=$p max_mib="${max:-7168}" max_s=30 || ok=0
done
bench_module memset mode=memset max_mib=1024 || ok=0
for p in 1 16 64; do
	bench_module memcpy mode=memcpy pages=$p ms=1000 || ok=0
done
[ $ok = 1 ]
