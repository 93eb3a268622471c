# guest.test=bench-frag (make bench): with the benchmark's module
# (mode=frag, bench/module/): the time of a one-page mapping that searches
# every area of a pool fragmented into single free slots, and fails.
# One "guest: bench-frag key=value..." line.
bench_module frag mode=frag reps=20
